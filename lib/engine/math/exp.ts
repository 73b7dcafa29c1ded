import { fromWords, POW2, POW2_BIAS } from './bits';

// Constants of fdlibm e_exp.c (Sun Microsystems, 1993; freely redistributable).
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
/** Smallest |x| that fdlibm reduces (high word above 0x3fd62e42, i.e. |x| > ln2 / 2). */
const HALF_LN2 = fromWords(0x3fd62e43, 0);
const TWO_M28 = fromWords(0x3e300000, 0);
const E = 2.718281828459045;
const TWO_M1000 = POW2[POW2_BIAS - 1000]!;

/**
 * dst[dstOff + i] = e^(src[srcOff + i]) for i < n, a line-by-line port of fdlibm's
 * e_exp.c: x = k·ln2 + r, e^r from a degree-5 Remez polynomial R(r²), error < 1 ulp. It
 * uses only + − × ÷, so every JavaScript engine gives the same bits (Math.exp is
 * engine-defined); on V8 they equal Math.exp. The loop form keeps results unboxed in
 * the hot paths (sigmoid, softmax, tanh). Derivative: d/dx e^x = e^x.
 */
export function expArray(src: Float64Array, srcOff: number, dst: Float64Array, dstOff: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = src[srcOff + i]!;
    const ax = x < 0 ? -x : x;
    if (!(ax < 708)) {
      dst[dstOff + i] = expWide(x);
      continue;
    }
    if (ax < TWO_M28) {
      dst[dstOff + i] = 1 + x;
      continue;
    }
    if (x === 1) {
      dst[dstOff + i] = E; // FreeBSD fdlibm's correctly rounded e (the formula gives e + 1 ulp)
      continue;
    }
    let k = 0;
    let hi = x;
    let lo = 0;
    if (ax >= HALF_LN2) {
      k = (INVLN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    const r = hi - lo;
    const t = r * r;
    const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    dst[dstOff + i] = k === 0 ? 1 - ((r * c) / (c - 2) - r) : (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[k + POW2_BIAS]!;
  }
}

const scratch = new Float64Array(1);

/** Scalar e^x with the exact bits of {@link expArray}. Derivative: e^x. */
export function exp(x: number): number {
  scratch[0] = x;
  expArray(scratch, 0, scratch, 0, 1);
  return scratch[0]!;
}

/** The rare arguments |x| ≥ 708 and NaN: overflow, underflow and subnormal results. */
function expWide(x: number): number {
  if (x !== x) return x;
  if (x > O_THRESHOLD) return Infinity;
  if (x < U_THRESHOLD) return 0;
  const k = (INVLN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * POW2[1023 + POW2_BIAS]! : y * POW2[k + POW2_BIAS]!;
  return y * POW2[k + 1000 + POW2_BIAS]! * TWO_M1000;
}
