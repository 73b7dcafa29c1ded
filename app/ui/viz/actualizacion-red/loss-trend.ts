import type { NonFinite } from '@/lib/engine';

/** How the loss is behaving, in the words the status line and the lessons use. */
export type LossTrend = 'inicio' | 'baja' | 'oscila' | 'sube' | 'dispara' | 'diverge';

const WINDOW = 10;

/**
 * Reads the last steps of a run: 'diverge' when the engine reported NaN/±∞; 'dispara' when
 * the loss passed 10 × its start; 'oscila' when, over the last 10 steps, it went up and down
 * at least 4 times; 'sube' when it ends higher than 10 steps ago; 'baja' otherwise.
 */
export function lossTrend(losses: readonly number[], diverged: NonFinite | null): LossTrend {
  if (diverged) return 'diverge';
  const n = losses.length;
  if (n < 2) return 'inicio';
  const last = losses[n - 1]!;
  if (last > 10 * losses[0]!) return 'dispara';
  const from = Math.max(0, n - 1 - WINDOW);
  let turns = 0;
  for (let k = from + 2; k < n; k++) if ((losses[k]! - losses[k - 1]!) * (losses[k - 1]! - losses[k - 2]!) < 0) turns++;
  if (turns >= 4) return 'oscila';
  return last > losses[from]! ? 'sube' : 'baja';
}

/** One sentence per trend, for the live status. */
export const TREND_TEXT: Readonly<Record<LossTrend, string>> = {
  inicio: 'Aún no se ha dado ningún paso.',
  baja: 'La pérdida baja paso a paso.',
  oscila: 'La pérdida oscila: sube y baja de un paso a otro, porque los pasos se pasan del fondo del valle.',
  sube: 'La pérdida sube: los pasos son demasiado largos.',
  dispara: 'La pérdida se dispara: ya es más de diez veces la inicial y cada paso la empeora.',
  diverge: 'El entrenamiento diverge: los números crecieron tanto que dejaron de ser finitos, y el motor detuvo las actualizaciones.',
};

/** A word or two per trend, for the label beside the chart. */
export const TREND_LABEL: Readonly<Record<LossTrend, string>> = {
  inicio: 'sin pasos todavía',
  baja: 'baja',
  oscila: 'oscila',
  sube: 'sube',
  dispara: 'se dispara',
  diverge: 'diverge (el motor detectó números no finitos)',
};
