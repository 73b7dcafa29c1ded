const formatters = new Map<number, Intl.NumberFormat>();
const tiny = new Intl.NumberFormat('es-ES', { maximumSignificantDigits: 2, useGrouping: false });

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('es-ES', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    formatters.set(decimals, f);
  }
  return f;
}

/**
 * A number as the course writes it ("0,25", "−1,50"), with a true minus sign. A value too
 * small for `decimals` keeps two significant digits ("0,0018", not a misleading "0,00"); huge
 * values switch to powers of ten ("3,1·10⁸"); non-finite ones say so instead of printing NaN.
 */
export function formatNumber(value: number, decimals = 2): string {
  if (Number.isNaN(value)) return 'indefinido';
  if (!Number.isFinite(value)) return value > 0 ? '+∞' : '−∞';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6) {
    const exponent = Math.floor(Math.log10(magnitude));
    const mantissa = value / 10 ** exponent;
    return `${formatter(1).format(mantissa).replace('-', '−')}·10${superscript(exponent)}`;
  }
  if (value === 0) return formatter(decimals).format(0); // also turns −0 into 0
  let text = formatter(decimals).format(value);
  if (/^-?0(,0*)?$/.test(text)) text = tiny.format(value);
  return text.replace('-', '−');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => (c === '-' ? '⁻' : SUPERSCRIPT_DIGITS[Number(c)]))
    .join('');
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂", for names like x₁ and h₃. */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUBSCRIPT_DIGITS[Number(c)])
    .join('');
}
