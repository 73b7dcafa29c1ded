import { fromWords, highWord } from './bits';

// Constants of fdlibm k_sin.c, k_cos.c and e_rem_pio2.c (Sun Microsystems, 1993).
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;
const INVPIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417e0;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** sin on [−π/4, π/4] of x + y (y the tail of a reduced argument). */
function kernelSin(x: number, y: number, hasTail: boolean): number {
  if ((highWord(x) & 0x7fffffff) < 0x3e400000) return x;
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!hasTail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos on [−π/4, π/4] of x + y. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1;
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y));
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  return 1 - qx - (0.5 * z - qx - (z * r - x * y));
}

const reduced = new Float64Array(2);

/** x − n·π/2 into `reduced` (head, tail) with 118+ bits of π/2, for |x| ≤ 2^19·π/2; returns n. */
function remPio2(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) return remNearPio2(x, hx, ix);
  const t = x < 0 ? -x : x;
  const n = (t * INVPIO2 + 0.5) | 0;
  const fn = n;
  let r = t - fn * PIO2_1;
  let w = fn * PIO2_1T;
  let y0 = r - w;
  const j = ix >> 20;
  if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
    let u = r;
    w = fn * PIO2_2;
    r = u - w;
    w = fn * PIO2_2T - (u - r - w);
    y0 = r - w;
    if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
      u = r;
      w = fn * PIO2_3;
      r = u - w;
      w = fn * PIO2_3T - (u - r - w);
      y0 = r - w;
    }
  }
  const y1 = r - y0 - w;
  reduced[0] = hx < 0 ? -y0 : y0;
  reduced[1] = hx < 0 ? -y1 : y1;
  return hx < 0 ? -n : n;
}

/** fdlibm's special case |x| < 3π/4, where n = ±1. */
function remNearPio2(x: number, hx: number, ix: number): number {
  const s = hx > 0 ? 1 : -1;
  let z = x - s * PIO2_1;
  if (ix !== 0x3ff921fb) {
    reduced[0] = z - s * PIO2_1T;
    reduced[1] = z - reduced[0]! - s * PIO2_1T;
  } else {
    z -= s * PIO2_2;
    reduced[0] = z - s * PIO2_2T;
    reduced[1] = z - reduced[0]! - s * PIO2_2T;
  }
  return s;
}

const PI_OVER_4 = fromWords(0x3fe921fb, 0xffffffff);
const REDUCIBLE = fromWords(0x413921fb, 0xffffffff);

/**
 * sin x by fdlibm's method (Cody–Waite reduction by π/2, then degree-13 kernels), error
 * < 1 ulp, identical bits in every engine for |x| ≤ 2^19·π/2 ≈ 823550 (larger arguments,
 * never produced by the engine, fall back to Math.sin). Derivative: cos x.
 */
export function sin(x: number): number {
  const ax = x < 0 ? -x : x;
  if (ax <= PI_OVER_4) return kernelSin(x, 0, false);
  if (!(ax <= REDUCIBLE)) return Math.sin(x);
  const n = remPio2(x) & 3;
  const y0 = reduced[0]!;
  const y1 = reduced[1]!;
  if (n === 0) return kernelSin(y0, y1, true);
  if (n === 1) return kernelCos(y0, y1);
  if (n === 2) return -kernelSin(y0, y1, true);
  return -kernelCos(y0, y1);
}

/** cos x, the companion of {@link sin} with the same range and guarantees. Derivative: −sin x. */
export function cos(x: number): number {
  const ax = x < 0 ? -x : x;
  if (ax <= PI_OVER_4) return kernelCos(x, 0);
  if (!(ax <= REDUCIBLE)) return Math.cos(x);
  const n = remPio2(x) & 3;
  const y0 = reduced[0]!;
  const y1 = reduced[1]!;
  if (n === 0) return kernelCos(y0, y1);
  if (n === 1) return -kernelSin(y0, y1, true);
  if (n === 2) return -kernelCos(y0, y1);
  return kernelSin(y0, y1, true);
}
