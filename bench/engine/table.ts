/** Right-aligned, thousands-separated number. */
export function num(x: number | null | undefined, digits = 0): string {
  if (x == null || !Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Engine speed divided by library speed: "3.2×" means the engine trained 3.2 times as many examples per second. */
export function ratio(engine: number | undefined, other: number | undefined): string {
  if (!engine || !other) return '–';
  const r = engine / other;
  return `${r >= 100 ? num(r) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** A plain-text table with a header rule. */
export function renderTable(header: string[], rows: string[][], alignLeft = new Set([0])): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (alignLeft.has(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
