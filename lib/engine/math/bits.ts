/**
 * IEEE-754 word access and exact powers of two, the bit tricks fdlibm relies on.
 * One 8-byte scratch buffer per realm (page, worker or server process); the engine is
 * single-threaded within a realm, so sharing it is safe.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The shared 8-byte scratch as a double and as two words, and which word is high, for inlined bit access. */
export const wordsF64 = f64;
export const wordsU32 = u32;
export const HI_WORD = HI;
export const LO_WORD = LO;

/** High 32 bits of `x` (sign, exponent, top of the mantissa) as a signed int32, like fdlibm's GET_HIGH_WORD. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[HI]! | 0;
}

/** Low 32 bits of `x` as an unsigned int32. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO]!;
}

/** The double whose high and low words are `hi` and `lo` (fdlibm's INSERT_WORDS). */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0]!;
}

/** Offset such that POW2[k + POW2_BIAS] = 2^k exactly for integer k in [-1074, 1023]. */
export const POW2_BIAS = 1074;

/** Exact powers of two, built by doubling and halving (both exact in binary floating point). */
export const POW2: Float64Array = (() => {
  const table = new Float64Array(POW2_BIAS + 1024);
  let p = 1;
  for (let k = 0; k <= 1023; k++, p *= 2) table[k + POW2_BIAS] = p;
  p = 1;
  for (let k = 0; k >= -1074; k--, p /= 2) table[k + POW2_BIAS] = p;
  return table;
})();
