/**
 * δ of the layer below for one example: g[go + i] = (Σ_j W[j·nIn + i]·δ[dOff + j])·f'[fo + i],
 * the chain rule through Wᵀ and the lower layer's activation. The sum runs from
 * j = nOut − 1 down to 0, the order in which reverse-mode autodiff on the scalar graph
 * adds the contributions, so both give the same bits. Four inputs are done together
 * (four independent sums over contiguous weights), each in that same order.
 */
export function transposeMul1(W: Float64Array, nIn: number, nOut: number, d: Float64Array, dOff: number, g: Float64Array, go: number, fp: Float64Array, fo: number): void {
  let i = 0;
  for (; i + 4 <= nIn; i += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = nOut - 1, k = j * nIn + i; j >= 0; j--, k -= nIn) {
      const dj = d[dOff + j]!;
      s0 += W[k]! * dj;
      s1 += W[k + 1]! * dj;
      s2 += W[k + 2]! * dj;
      s3 += W[k + 3]! * dj;
    }
    g[go + i] = s0 * fp[fo + i]!;
    g[go + i + 1] = s1 * fp[fo + i + 1]!;
    g[go + i + 2] = s2 * fp[fo + i + 2]!;
    g[go + i + 3] = s3 * fp[fo + i + 3]!;
  }
  for (; i < nIn; i++) {
    let s = 0;
    for (let j = nOut - 1, k = j * nIn + i; j >= 0; j--, k -= nIn) s += W[k]! * d[dOff + j]!;
    g[go + i] = s * fp[fo + i]!;
  }
}

/** {@link transposeMul1} for four examples: δ rows at d[e·nOut], results and f' rows at e·nIn. */
export function transposeMul4(W: Float64Array, nIn: number, nOut: number, d: Float64Array, g: Float64Array, fp: Float64Array): void {
  const d1 = nOut;
  const d2 = 2 * nOut;
  const d3 = 3 * nOut;
  for (let i = 0; i < nIn; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = nOut - 1, k = j * nIn + i; j >= 0; j--, k -= nIn) {
      const w = W[k]!;
      s0 += w * d[j]!;
      s1 += w * d[d1 + j]!;
      s2 += w * d[d2 + j]!;
      s3 += w * d[d3 + j]!;
    }
    g[i] = s0 * fp[i]!;
    g[nIn + i] = s1 * fp[nIn + i]!;
    g[2 * nIn + i] = s2 * fp[2 * nIn + i]!;
    g[3 * nIn + i] = s3 * fp[3 * nIn + i]!;
  }
}
