/** Machine-readable reason an engine call was rejected. */
export type EngineErrorCode =
  | 'SHAPE_MISMATCH'
  | 'EMPTY_LAYER'
  | 'NON_FINITE_INPUT'
  | 'UNKNOWN_ACTIVATION'
  | 'UNKNOWN_LOSS'
  | 'UNKNOWN_INIT'
  | 'UNKNOWN_DATASET'
  | 'INCOMPATIBLE_LOSS'
  | 'INVALID_OPTION'
  | 'INVALID_RNG_STATE'
  | 'MALFORMED_NETWORK';

/**
 * The one error type the engine throws for bad input. `code` is stable and meant for
 * programs; `message` names the exact argument, index or field that is wrong.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'EngineError';
    this.code = code;
  }
}

/** Throws NON_FINITE_INPUT unless `x` is a finite number; `what` names the value in the message. */
export function requireFinite(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new EngineError('NON_FINITE_INPUT', `${what} is ${String(x)}, expected a finite number`);
}
