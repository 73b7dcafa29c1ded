/** Rows of a flat rows × columns array picked evenly (first, …, about last), at most `max`: a small, fixed sample. */
export function sampleRows(X: Float64Array, Y: Float64Array, columns: number, max: number): { X: Float64Array; Y: Float64Array; rows: number } {
  const total = Y.length;
  const rows = Math.min(max, total);
  const sX = new Float64Array(rows * columns);
  const sY = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    const r = Math.floor((k * total) / rows);
    sX.set(X.subarray(r * columns, (r + 1) * columns), k * columns);
    sY[k] = Y[r]!;
  }
  return { X: sX, Y: sY, rows };
}
