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
 * x[xo + e·xStride]): dW_ji is read and written once for the four products, added in
 * example order, so the sums equal four accumulate1 calls bit for bit. Examples with
 * δ_j = 0 (inactive ReLU units) contribute exactly nothing and are left out of the row.
 */
export function accumulate4(dW: Float64Array, db: Float64Array, nIn: number, nOut: number, d: Float64Array, x: Float64Array, xo: number, xStride: number, fresh: boolean): void {
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    // Gather the non-zero δ_j of the four examples, in example order, with their input rows.
    let n = 0;
    let dA = 0;
    let dB = 0;
    let dC = 0;
    let dD = 0;
    let xA = 0;
    let xB = 0;
    let xC = 0;
    let xD = 0;
    for (let e = 0, xe = xo; e < 4; e++, xe += xStride) {
      const de = d[e * nOut + j]!;
      if (de === 0) continue;
      if (n === 0) {
        dA = de;
        xA = xe;
      } else if (n === 1) {
        dB = de;
        xB = xe;
      } else if (n === 2) {
        dC = de;
        xC = xe;
      } else {
        dD = de;
        xD = xe;
      }
      n++;
    }
    if (fresh) db[j] = dA + dB + dC + dD;
    else if (n > 0) db[j] = db[j]! + dA + dB + dC + dD;
    if (n === 0) {
      if (fresh) for (let i = 0; i < nIn; i++) dW[row + i] = 0;
    } else if (n === 1) {
      if (fresh) for (let i = 0; i < nIn; i++) dW[row + i] = dA * x[xA + i]!;
      else for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + dA * x[xA + i]!;
    } else if (n === 2) {
      if (fresh) for (let i = 0; i < nIn; i++) dW[row + i] = dA * x[xA + i]! + dB * x[xB + i]!;
      else for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + dA * x[xA + i]! + dB * x[xB + i]!;
    } else if (n === 3) {
      if (fresh) for (let i = 0; i < nIn; i++) dW[row + i] = dA * x[xA + i]! + dB * x[xB + i]! + dC * x[xC + i]!;
      else for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + dA * x[xA + i]! + dB * x[xB + i]! + dC * x[xC + i]!;
    } else if (fresh) {
      for (let i = 0; i < nIn; i++) dW[row + i] = dA * x[xA + i]! + dB * x[xB + i]! + dC * x[xC + i]! + dD * x[xD + i]!;
    } else {
      for (let i = 0; i < nIn; i++) dW[row + i] = dW[row + i]! + dA * x[xA + i]! + dB * x[xB + i]! + dC * x[xC + i]! + dD * x[xD + i]!;
    }
  }
}
