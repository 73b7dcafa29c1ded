import { HI_WORD, LO_WORD, wordsF64, wordsU32 } from './bits';

// Constants of fdlibm e_log.c (Sun Microsystems, 1993; freely redistributable).
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * dst[dstOff + i] = ln(src[srcOff + i]) for i < n, a port of fdlibm's e_log.c:
 * x = 2^k·(1+f), ln(1+f) from s = f/(2+f) and a degree-14 polynomial in s, error < 1 ulp.
 * Pure arithmetic and IEEE bit access, so every engine gives the same bits (on V8 they
 * equal Math.log). The loop form keeps results unboxed. Derivative: d/dx ln x = 1/x.
 */
export function logArray(src: Float64Array, srcOff: number, dst: Float64Array, dstOff: number, n: number): void {
  const f64 = wordsF64;
  const u32 = wordsU32;
  for (let i = 0; i < n; i++) {
    let x = src[srcOff + i]!;
    f64[0] = x;
    let hx = u32[HI_WORD]! | 0;
    let k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | u32[LO_WORD]!) === 0) {
        dst[dstOff + i] = -Infinity;
        continue;
      }
      if (hx < 0) {
        dst[dstOff + i] = NaN;
        continue;
      }
      k -= 54;
      x *= TWO54;
      f64[0] = x;
      hx = u32[HI_WORD]! | 0;
    }
    if (hx >= 0x7ff00000) {
      dst[dstOff + i] = x + x;
      continue;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    const j = (hx + 0x95f64) & 0x100000;
    u32[HI_WORD] = hx | (j ^ 0x3ff00000); // normalise x or x/2 (low word unchanged)
    x = f64[0]!;
    k += j >> 20;
    const f = x - 1;
    const dk = k;
    if ((0x000fffff & (2 + hx)) < 3) {
      if (f === 0) dst[dstOff + i] = k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
      else {
        const r = f * f * (0.5 - 0.33333333333333333 * f);
        dst[dstOff + i] = k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
      }
      continue;
    }
    const s = f / (2 + f);
    const z = s * s;
    const w = z * z;
    const t1 = w * (LG2 + w * (LG4 + w * LG6));
    const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    const r = t2 + t1;
    if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
      const hfsq = 0.5 * f * f;
      dst[dstOff + i] = k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
    } else dst[dstOff + i] = k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
  }
}

const scratch = new Float64Array(1);

/** Scalar ln x with the exact bits of {@link logArray}. Derivative: 1/x. */
export function log(x: number): number {
  scratch[0] = x;
  logArray(scratch, 0, scratch, 0, 1);
  return scratch[0]!;
}
