const fmt = new Intl.NumberFormat('es-ES', { maximumSignificantDigits: 4 });

/** A number as a learner reads it: Spanish decimal comma, 4 significant digits, words for NaN/∞. */
export function num(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2).replace('.', ',').replace(/-/g, '−');
  return fmt.format(x).replace('-', '−');
}

/** Parses a number typed with a comma or a point (and a Unicode minus); null if it is not one. */
export function parseNum(text: string): number | null {
  const t = text.trim().replace(',', '.').replace('−', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}
