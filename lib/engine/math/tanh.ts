import { POW2, POW2_BIAS } from './bits';

// Cephes' minimax rational for tanh on |x| < 0.625 (S. L. Moshier, Cephes Math Library).
const P0 = -9.64399179425052238628e-1;
const P1 = -9.92877231001918586564e1;
const P2 = -1.61468768441708447952e3;
const Q0 = 1.12811678491632931402e2;
const Q1 = 2.23548839060100448583e3;
const Q2 = 4.84406305325125486048e3;
// fdlibm e_exp.c, as in exp.ts (inlined below so the hot loop makes no calls).
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e0;
const E1 = 1.66666666666666019037e-1;
const E2 = -2.77777777770155933842e-3;
const E3 = 6.61375632143793436117e-5;
const E4 = -1.65339022054652515390e-6;
const E5 = 4.13813679705723846039e-8;

/**
 * dst[dstOff + i] = tanh(src[srcOff + i]) for i < n, Cephes' method (as in Go's math.Tanh):
 * |x| < 0.625: x + x·x²·P(x²)/Q(x²); otherwise sign(x)·(1 − 2/(e^{2|x|} + 1)), with e^u
 * computed by fdlibm's exp (u ≥ 1.25, so always the reduced branch; a test holds it to
 * expArray bit for bit). Within 2 ulp of fdlibm's tanh and pure arithmetic, so every
 * engine gives the same bits. Derivative: 1 − tanh²x. src and dst may be the same array.
 */
export function tanhArray(src: Float64Array, srcOff: number, dst: Float64Array, dstOff: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = src[srcOff + i]!;
    const z = x < 0 ? -x : x;
    if (z < 0.625) {
      const s = x * x;
      dst[dstOff + i] = z === 0 ? x : x + x * s * (((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2));
    } else if (z < 354) {
      const u = 2 * z;
      const k = (INVLN2 * u + 0.5) | 0;
      const hi = u - k * LN2_HI;
      const lo = k * LN2_LO;
      const r = hi - lo;
      const t = r * r;
      const c = r - t * (E1 + t * (E2 + t * (E3 + t * (E4 + t * E5))));
      const e = (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[k + POW2_BIAS]!;
      const q = 1 - 2 / (e + 1);
      dst[dstOff + i] = x < 0 ? -q : q;
    } else dst[dstOff + i] = x !== x ? x : x < 0 ? -1 : 1; // e^708 makes 2/(e + 1) vanish: exactly ±1
  }
}

const scratch = new Float64Array(1);

/** Scalar tanh x with the exact bits of {@link tanhArray}. Derivative: 1 − tanh²x. */
export function tanh(x: number): number {
  scratch[0] = x;
  tanhArray(scratch, 0, scratch, 0, 1);
  return scratch[0]!;
}
