/** A number as a learner types it: "0,25", "0.25", "-1,5", " 3 ". Null when it is not one. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Accepted when |given − answer| ≤ tolerance (a hair of slack for floating point). */
export function isCloseEnough(given: number, answer: number, tolerance: number): boolean {
  return Math.abs(given - answer) <= tolerance + 1e-12;
}

/** "0,25" with `decimals` digits, as the course writes numbers. */
export function formatDecimal(value: number, decimals: number): string {
  return new Intl.NumberFormat('es-ES', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value);
}
