/** Reads one trimmed parameter, or null when it is absent. */
export type Reader = (key: string) => string | null;

/** Spanish notices collected while a link is read. */
export interface DecodeContext {
  get: Reader;
  notices: string[];
}

export function oneOf<T extends string>(list: readonly T[], raw: string): T | null {
  return (list as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** The value of `list` closest to x on a log scale (learning rates span six decades). */
export function nearest(list: readonly number[], x: number): number {
  const distance = (v: number) => Math.abs(Math.log(v + 1e-9) - Math.log(x + 1e-9));
  let best = list[0]!;
  for (const v of list) if (distance(v) < distance(best)) best = v;
  return best;
}

/** An integer in [min, max]: out-of-range values are clamped, non-numbers rejected (null). */
export function intIn(raw: string, min: number, max: number): { value: number; clamped: boolean } | null {
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) return null;
  const n = Math.round(Number(raw));
  const value = Math.min(max, Math.max(min, n));
  return { value, clamped: value !== n };
}

/** A number with a Spanish decimal comma, for notices. */
export function fmt(n: number): string {
  return String(n).replace('.', ',');
}

/** Reads an integer parameter into `apply`, with a notice for non-numbers and clamped values. */
export function readInt(ctx: DecodeContext, key: string, label: string, min: number, max: number, apply: (v: number) => void): void {
  const raw = ctx.get(key);
  if (raw === null) return;
  const parsed = intIn(raw, min, max);
  if (!parsed) {
    ctx.notices.push(`${label} «${raw.slice(0, 20)}» no es un número; se usa el valor por defecto.`);
    return;
  }
  if (parsed.clamped) ctx.notices.push(`${label} debe estar entre ${min} y ${max}; se usa ${parsed.value}.`);
  apply(parsed.value);
}
