import { EngineError } from '../errors';
import type { Network } from '../dense/network';

/** One trainable number: W[index] (index = j·nIn + i) or b[index] of a layer. */
export interface ParamRef {
  readonly layer: number;
  readonly kind: 'W' | 'b';
  readonly index: number;
}

/** The array holding `p`, after checking the reference. */
export function paramArray(net: Network, p: ParamRef): Float64Array {
  const layer = net.layers[p.layer];
  if (!layer) throw new EngineError('SHAPE_MISMATCH', `layer ${p.layer} does not exist (the network has ${net.layers.length})`);
  const arr = p.kind === 'W' ? layer.W : p.kind === 'b' ? layer.b : undefined;
  if (!arr) throw new EngineError('INVALID_OPTION', `kind must be "W" or "b", got ${JSON.stringify(p.kind)}`);
  if (!Number.isInteger(p.index) || p.index < 0 || p.index >= arr.length) throw new EngineError('SHAPE_MISMATCH', `${p.kind}[${p.index}] is outside layer ${p.layer} (${arr.length} entries)`);
  return arr;
}

/** Every parameter of the network, layer by layer, W then b. */
export function allParams(net: Network): ParamRef[] {
  return net.layers.flatMap((l, layer) => [
    ...Array.from({ length: l.W.length }, (_, index) => ({ layer, kind: 'W' as const, index })),
    ...Array.from({ length: l.b.length }, (_, index) => ({ layer, kind: 'b' as const, index })),
  ]);
}
