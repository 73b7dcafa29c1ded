import type { RunVerdict } from './descent-1d';

/** How the visualizations name a run's state. */
export const VERDICT_TEXT: Readonly<Record<RunVerdict, string>> = {
  inicio: 'Punto de partida',
  diverge: 'Diverge',
  oscila: 'Oscila',
  lento: 'Avanza despacio',
  converge: 'Converge',
};
