/** Viridis (matplotlib's perceptually uniform, colour-blind-safe map) at 10 stops, dark purple to yellow. */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [110, 206, 88],
  [181, 222, 43],
  [253, 231, 37],
];

/** Colour at t ∈ [0, 1] along viridis, as [r, g, b] bytes (linear between stops). */
export function viridis(t: number): [number, number, number] {
  const x = Math.min(Math.max(t, 0), 1) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(x), VIRIDIS.length - 2);
  const f = x - i;
  const a = VIRIDIS[i]!;
  const b = VIRIDIS[i + 1]!;
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}

/** One colour per band (bands = levels + 1), low loss dark, high loss bright. */
export function bandColors(bands: number): [number, number, number][] {
  return Array.from({ length: bands }, (_, k) => viridis(bands === 1 ? 0 : k / (bands - 1)));
}

/** CSS colour of [r, g, b], darkened (shade < 1) or not. */
export function rgb([r, g, b]: readonly [number, number, number], shade = 1): string {
  return `rgb(${Math.round(r * shade)}, ${Math.round(g * shade)}, ${Math.round(b * shade)})`;
}
