import 'server-only';
import { isJsxElement, walk, type MdastNode, type MdxJsxAttribute } from './mdast-node';
import type { PredictionGenerator } from './prediction-generators';

const COMPONENT = 'PrediceYComprueba';

function attributeValue(node: MdastNode, name: string): string | undefined {
  const value = node.attributes?.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

function fillPlaceholders(text: string, variables: Record<string, number | string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in variables ? String(variables[name]) : whole));
}

/**
 * Resolves `<PrediceYComprueba generador="nombre" semilla="7" pregunta="… {w} …">` on the
 * server: the generator draws the numbers from the seed, and the element leaves with plain
 * text props (`tipo="numero"`, `respuesta`, `decimales`, `tolerancia`, the filled `pregunta`)
 * that the component renders like an inline numeric question. An unknown generator fails
 * the compile, so a typo never reaches a learner.
 */
export function remarkPredictionGenerators(options: { generators: Readonly<Record<string, PredictionGenerator>> }) {
  return (tree: MdastNode) =>
    walk(tree, (node) => {
      if (!isJsxElement(node) || node.name !== COMPONENT) return;
      const name = attributeValue(node, 'generador');
      if (name === undefined) return;
      const generator = options.generators[name];
      const line = node.position?.start.line ?? '?';
      if (!generator) {
        const known = Object.keys(options.generators).join(', ') || 'ninguno';
        throw new Error(`Línea ${line}: <${COMPONENT}> pide el generador «${name}», que no existe (registrados: ${known}).`);
      }
      const seed = Number(attributeValue(node, 'semilla') ?? '1');
      if (!Number.isInteger(seed)) throw new Error(`Línea ${line}: <${COMPONENT}> necesita una semilla entera.`);
      const instance = generator(seed);
      const decimals = instance.decimals ?? 2;
      const resolved: Record<string, string> = {
        tipo: 'numero',
        respuesta: String(instance.answer),
        decimales: String(decimals),
        tolerancia: String(instance.tolerance ?? 0.5 * 10 ** -decimals),
      };
      const prompt = attributeValue(node, 'pregunta');
      if (prompt !== undefined) resolved.pregunta = fillPlaceholders(prompt, instance.variables);
      const kept = (node.attributes ?? []).filter((attribute) => !['generador', 'semilla', ...Object.keys(resolved)].includes(attribute.name ?? ''));
      const added = Object.entries(resolved).map(([key, value]): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name: key, value }));
      node.attributes = [...kept, ...added];
    });
}
