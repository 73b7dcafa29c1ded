import type { Network } from '@/lib/engine';

/** All weights then biases of every layer, in layer order (the order of a shared link). */
export function flatWeights(net: Network): Float32Array {
  let n = 0;
  for (const l of net.layers) n += l.W.length + l.b.length;
  const out = new Float32Array(n);
  let k = 0;
  for (const l of net.layers) {
    out.set(l.W, k);
    k += l.W.length;
    out.set(l.b, k);
    k += l.b.length;
  }
  return out;
}

/** Inverse of {@link flatWeights} (any precision); the length must match. */
export function loadFlatWeights(net: Network, w: ArrayLike<number>): void {
  let k = 0;
  for (const l of net.layers) {
    for (let i = 0; i < l.W.length; i++) l.W[i] = w[k++]!;
    for (let i = 0; i < l.b.length; i++) l.b[i] = w[k++]!;
  }
  net.weightsChanged();
}
