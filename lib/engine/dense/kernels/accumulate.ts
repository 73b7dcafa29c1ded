/**
 * dW += δ xᵀ and db += δ for one example (∂L/∂W_ji = δ_j·x_i, ∂L/∂b_j = δ_j). With
 * `fresh` the products overwrite instead (first example after a step), which saves
 * zeroing the arrays. Rows with δ_j = 0 (inactive ReLU units) are skipped when adding.
 */
export function accumulate1(dW: Float64Array, db: Float64Array, nIn: number, nOut: number, d: Float64Array, dOff: number, x: Float64Array, xo: number, fresh: boolean): void {
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    const dj = d[dOff + j]!;
    if (fresh) {
      db[j] = dj;
      for (let i = 0; i < nIn; i++) dW[row + i] = dj * x[xo + i]!;
    } else if (dj !== 0) {
      db[j] = db[j]! + dj;
      for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + dj * x[xo + i]!;
    }
  }
}

/**
 * {@link accumulate1} for four consecutive examples (δ rows at d[e·nOut], inputs at
 * x[xo + e·xStride]): dW_ji is read and written once for four products, and the
 * additions happen in example order, so the sums equal four accumulate1 calls bit for bit.
 */
export function accumulate4(dW: Float64Array, db: Float64Array, nIn: number, nOut: number, d: Float64Array, x: Float64Array, xo: number, xStride: number, fresh: boolean): void {
  const x1 = xo + xStride;
  const x2 = x1 + xStride;
  const x3 = x2 + xStride;
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    const d0 = d[j]!;
    const d1 = d[nOut + j]!;
    const d2 = d[2 * nOut + j]!;
    const d3 = d[3 * nOut + j]!;
    if (fresh) {
      db[j] = d0 + d1 + d2 + d3;
      for (let i = 0; i < nIn; i++) dW[row + i] = d0 * x[xo + i]! + d1 * x[x1 + i]! + d2 * x[x2 + i]! + d3 * x[x3 + i]!;
    } else if (d0 !== 0 || d1 !== 0 || d2 !== 0 || d3 !== 0) {
      db[j] = db[j]! + d0 + d1 + d2 + d3;
      for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + d0 * x[xo + i]! + d1 * x[x1 + i]! + d2 * x[x2 + i]! + d3 * x[x3 + i]!;
    }
  }
}
