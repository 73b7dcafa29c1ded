/**
 * z[zo + j] = b[j] + Σ_i W[j·nIn + i]·x[xo + i], the sum taken left to right starting from
 * the bias (the same order as the scalar Neuron, b + w₀x₀ + w₁x₁ + …). Four rows are
 * computed together: x_i is loaded once for four products and the four sums form
 * independent dependency chains, without changing any row's order of additions.
 */
export function affine1(W: Float64Array, b: Float64Array, nIn: number, nOut: number, x: Float64Array, xo: number, z: Float64Array, zo: number): void {
  let j = 0;
  for (; j + 4 <= nOut; j += 4) {
    const r0 = j * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    let s0 = b[j]!;
    let s1 = b[j + 1]!;
    let s2 = b[j + 2]!;
    let s3 = b[j + 3]!;
    for (let i = 0; i < nIn; i++) {
      const xi = x[xo + i]!;
      s0 += W[r0 + i]! * xi;
      s1 += W[r1 + i]! * xi;
      s2 += W[r2 + i]! * xi;
      s3 += W[r3 + i]! * xi;
    }
    z[zo + j] = s0;
    z[zo + j + 1] = s1;
    z[zo + j + 2] = s2;
    z[zo + j + 3] = s3;
  }
  for (; j < nOut; j++) {
    const row = j * nIn;
    let s = b[j]!;
    for (let i = 0; i < nIn; i++) s += W[row + i]! * x[xo + i]!;
    z[zo + j] = s;
  }
}

/**
 * {@link affine1} for four examples at once: inputs at x[xo + e·xStride], outputs at
 * z[e·nOut]. Each weight is loaded once for four products and the four sums are
 * independent, while every example keeps exactly the summation order of affine1.
 */
export function affine4(W: Float64Array, b: Float64Array, nIn: number, nOut: number, x: Float64Array, xo: number, xStride: number, z: Float64Array): void {
  const x1 = xo + xStride;
  const x2 = x1 + xStride;
  const x3 = x2 + xStride;
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    let s0 = b[j]!;
    let s1 = s0;
    let s2 = s0;
    let s3 = s0;
    for (let i = 0; i < nIn; i++) {
      const w = W[row + i]!;
      s0 += w * x[xo + i]!;
      s1 += w * x[x1 + i]!;
      s2 += w * x[x2 + i]!;
      s3 += w * x[x3 + i]!;
    }
    z[j] = s0;
    z[nOut + j] = s1;
    z[2 * nOut + j] = s2;
    z[3 * nOut + j] = s3;
  }
}
