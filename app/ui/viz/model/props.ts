// MDX props arrive as text written by a lesson author. These parsers never throw: anything
// they cannot read becomes the visualization's default, so a typo still renders a figure.

/** A decimal as an author writes it: "0.5", "0,5", "-1", "+2e-3". Null when it is not one. */
export function readNumber(text: string | undefined): number | null {
  if (typeof text !== 'string') return null;
  const normalised = text.trim().replace(',', '.').replace('−', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** A number inside [min, max], else `fallback`. */
export function numberProp(text: string | undefined, fallback: number, min: number, max: number): number {
  const value = readNumber(text);
  return value !== null && value >= min && value <= max ? value : fallback;
}

/** A seed for the engine's Rng: a safe integer (decimals are truncated), else `fallback`. */
export function seedProp(text: string | undefined, fallback: number): number {
  const value = readNumber(text);
  if (value === null) return fallback;
  const seed = Math.trunc(value);
  return Number.isSafeInteger(seed) ? seed : fallback;
}

/** One of `options` (case and surrounding spaces ignored), else `fallback`. */
export function choiceProp<T extends string>(text: string | undefined, options: readonly T[], fallback: T): T {
  if (typeof text !== 'string') return fallback;
  const wanted = text.trim().toLowerCase();
  return options.find((option) => option === wanted) ?? fallback;
}

interface ListRules {
  readonly minLength: number;
  readonly maxLength: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/**
 * A list of numbers separated by spaces or semicolons ("2 3 1", "0,5 -1"; an integer list
 * may also use commas: "2,3,1"), checked against `rules` as a whole; else `fallback`.
 */
export function numberListProp(text: string | undefined, fallback: readonly number[], rules: ListRules): number[] {
  if (typeof text !== 'string') return [...fallback];
  const separator = rules.integer ? /[\s,;]+/ : /[\s;]+/;
  const tokens = text.trim().split(separator).filter((token) => token !== '');
  const values = tokens.map(readNumber);
  const ok =
    values.length >= rules.minLength &&
    values.length <= rules.maxLength &&
    values.every((v) => v !== null && v >= rules.min && v <= rules.max && (!rules.integer || Number.isInteger(v)));
  return ok ? (values as number[]) : [...fallback];
}
