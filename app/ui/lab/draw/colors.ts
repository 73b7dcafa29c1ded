/** Playground's diverging scale: orange for −1, white-ish for 0, blue for +1. */
const NEG = [245, 147, 34];
const MID = [232, 234, 235];
const POS = [8, 119, 189];

/**
 * RGB for v clamped to [−1, 1], written into out[o..o+2]: linear interpolation from MID
 * towards NEG or POS by |v|. With `discrete`, only the sign counts.
 */
export function divergingInto(v: number, out: Uint8ClampedArray, o: number, discrete = false): void {
  let t = v !== v ? 0 : v > 1 ? 1 : v < -1 ? -1 : v;
  if (discrete) t = t >= 0 ? 1 : -1;
  const end = t >= 0 ? POS : NEG;
  const u = t >= 0 ? t : -t;
  out[o] = MID[0]! + (end[0]! - MID[0]!) * u;
  out[o + 1] = MID[1]! + (end[1]! - MID[1]!) * u;
  out[o + 2] = MID[2]! + (end[2]! - MID[2]!) * u;
  out[o + 3] = 255;
}

export function divergingCss(v: number): string {
  const px = new Uint8ClampedArray(4);
  divergingInto(v, px, 0);
  return `rgb(${px[0]} ${px[1]} ${px[2]})`;
}

/** Edge colour by sign: blue positive, orange negative. */
export function signColor(w: number): string {
  return w >= 0 ? 'rgb(8 119 189)' : 'rgb(245 147 34)';
}
