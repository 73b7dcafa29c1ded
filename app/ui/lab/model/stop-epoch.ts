import { LIMITS } from './lab-state';

/** What a typed «Parar en la época» means: never, an epoch, not a number, or past the limit. */
export type StopEpochReading = { kind: 'never' } | { kind: 'epoch'; epoch: number } | { kind: 'invalid' } | { kind: 'too-large' };

/**
 * Reads the stop epoch as the field and the link write it: empty is «never», otherwise a
 * whole number from 1 to {@link LIMITS.maxStopEpoch} (no signs, decimals or exponents).
 */
export function readStopEpoch(text: string): StopEpochReading {
  const t = text.trim();
  if (t === '') return { kind: 'never' };
  if (!/^\d+$/.test(t) || Number(t) < 1) return { kind: 'invalid' };
  const epoch = Number(t);
  return epoch > LIMITS.maxStopEpoch ? { kind: 'too-large' } : { kind: 'epoch', epoch };
}
