/**
 * x^n for a number exponent. Integer exponents with |n| ≤ 1024 use exact binary
 * powering (repeated squaring, then 1/x^|n| for negative n) and n = ½ uses Math.sqrt,
 * which IEEE-754 rounds correctly; both give the same bits in every engine. Other
 * exponents fall back to Math.pow. Derivative: d/dx x^n = n·x^(n−1).
 */
export function pow(x: number, n: number): number {
  if (Number.isInteger(n) && n >= -1024 && n <= 1024) {
    let e = n < 0 ? -n : n;
    let base = x;
    let result = 1;
    while (e > 0) {
      if (e & 1) result *= base;
      e >>= 1;
      if (e > 0) base *= base;
    }
    return n < 0 ? 1 / result : result;
  }
  if (n === 0.5) return Math.sqrt(x);
  return Math.pow(x, n);
}
