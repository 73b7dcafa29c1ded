import { subscript } from '@/app/ui/viz/model/format';
import { num } from '../format';
import type { ChainPath, Factor } from './weight-paths';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The layer of a symbol as a superscript in parentheses: 2 → «⁽²⁾» (engine layer k is drawn layer k + 1). */
function layerMark(engineLayer: number): string {
  const digits = String(engineLayer + 1)
    .split('')
    .map((c) => SUPERSCRIPT_DIGITS[Number(c)])
    .join('');
  return `⁽${digits}⁾`;
}

/** A symbol with unit subscripts and its layer as superscript: symbolAt('w', 1, 0, 2) → «w₁₃⁽²⁾». */
export function symbolAt(letter: string, engineLayer: number, ...units: number[]): string {
  return `${letter}${units.map((u) => subscript(u + 1)).join('')}${layerMark(engineLayer)}`;
}

/** A unit as the chain rule names it: n₂⁽¹⁾ for unit 2 of layer 1, ŷ for the output. */
export function unitSymbol(engineLayer: number, unit: number, layers: number): string {
  return engineLayer === layers - 1 && unit === 0 ? 'ŷ' : symbolAt('n', engineLayer, unit);
}

/** A factor's symbol: f′(z₂⁽¹⁾), w₁₂⁽²⁾ (to unit 1 from unit 2), ∂L/∂ŷ, or ∂L/∂z for cross-entropy. */
export function factorSymbol(f: Factor): string {
  switch (f.kind) {
    case 'fprime':
      return `f′(${symbolAt('z', f.layer, f.unit)})`;
    case 'w':
      return symbolAt('w', f.layer, f.to, f.from);
    case 'dLdy':
      return '∂L/∂ŷ';
    case 'dLdz':
      return '∂L/∂z';
  }
}

/** A number inside a product: negatives in parentheses so «·» and «−» do not run together. */
export function factorNumber(x: number): string {
  return x < 0 ? `(${num(x)})` : num(x);
}

/** «n₁⁽¹⁾ → n₂⁽²⁾ → ŷ»: the units a path visits, from the weight's target to the output. */
export function pathRoute(path: ChainPath, engineLayer: number, layers: number): string {
  return path.units.map((u, k) => unitSymbol(engineLayer + k, u, layers)).join(' → ');
}

/** A path's product written twice: symbols, then numbers. */
export function pathProduct(path: ChainPath): { symbols: string; numbers: string } {
  return { symbols: path.factors.map(factorSymbol).join(' · '), numbers: `${path.factors.map((f) => factorNumber(f.value)).join(' · ')} = ${num(path.product)}` };
}
