import 'server-only';
import { isJsxElement, walk, type MdastNode } from './mdast-node';

const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** `{/* … *\/}` is how MDX writes a comment: an expression with no code, which is allowed. */
function isComment(node: MdastNode): boolean {
  return node.type !== 'mdxjsEsm' && (node.value ?? '').replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/**
 * Content is data: MDX may use components with text props but no JavaScript. next-mdx-remote
 * (blockJS) would silently drop `{…}`, `import` and `prop={…}`; this step turns them into an
 * error that names the line, so a lesson never loses a sentence or a prop without notice.
 * A literal brace in prose is written `\{`; MDX comments (`{/* … *\/}`) are allowed.
 */
export function remarkNoExpressions() {
  return (tree: MdastNode) =>
    walk(tree, (node) => {
      const line = node.position?.start.line ?? '?';
      if (EXPRESSIONS.has(node.type) && !isComment(node)) {
        throw new Error(`Línea ${line}: el contenido no admite JavaScript ({…}, import, export). Escribe \\{ para una llave literal.`);
      }
      if (!isJsxElement(node)) return;
      for (const attribute of node.attributes ?? []) {
        const expression = attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null);
        if (expression) throw new Error(`Línea ${line}: <${node.name}> usa una expresión JavaScript en sus props; usa texto: nombre="valor".`);
      }
    });
}
