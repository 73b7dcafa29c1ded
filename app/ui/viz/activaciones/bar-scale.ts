import { formatNumber } from '../model/format';

/** Decades the bars span: a full bar is a factor 1, an empty one 10⁻¹⁰ or less. */
const DECADES = 10;

/** Bar length (percent) of a gradient factor on a logarithmic scale: each tenth of the width is one decade less. */
export function barPercent(factor: number): number {
  if (!(factor > 0)) return 0;
  return Math.max(0, Math.min(100, ((DECADES + Math.log10(factor)) / DECADES) * 100));
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A factor as the bars label it: "0,25", or "9,8·10⁻⁴" once it is too small to read as a decimal. */
export function formatFactor(factor: number): string {
  if (factor === 0 || factor >= 1e-3) return formatNumber(factor, 3);
  const exponent = Math.floor(Math.log10(factor));
  const digits = String(exponent).split('').map((c) => SUPERSCRIPTS[c] ?? c).join('');
  return `${formatNumber(factor / 10 ** exponent, 1)}·10${digits}`;
}
