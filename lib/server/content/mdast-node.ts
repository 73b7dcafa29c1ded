import 'server-only';

/** The few mdast and mdx-jsx fields the content plugins read. */
export interface MdastNode {
  type: string;
  name?: string | null;
  /** Source text of an expression node. */
  value?: string;
  attributes?: MdxJsxAttribute[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

export interface MdxJsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Calls `visit` on the node and every descendant, parents first. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

export function isJsxElement(node: MdastNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
