import { EngineError, type EngineErrorCode } from '@/lib/engine';
import { PARAM } from '../url/params';

/** Spanish names of a lab file's fields (settings use the link's parameter names). */
const FIELD_NAMES: Record<string, string> = { ...PARAM, format: 'formato', version: 'versión', settings: 'ajustes', epoch: 'época', network: 'red' };

/** A zod issue path as the learner reads it: «ajustes.ruido», «ajustes.capas[2]». */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${FIELD_NAMES[String(p)] ?? String(p)}`)).join('') || 'el archivo';
}

/** Completes «La red del archivo …» for each engine error code. */
const ENGINE_CODES: Record<EngineErrorCode, string> = {
  SHAPE_MISMATCH: 'tiene dimensiones que no encajan',
  EMPTY_LAYER: 'tiene una capa sin neuronas',
  NON_FINITE_INPUT: 'contiene un valor no numérico (NaN o infinito)',
  UNKNOWN_ACTIVATION: 'nombra una activación desconocida',
  UNKNOWN_LOSS: 'nombra una función de pérdida desconocida',
  UNKNOWN_INIT: 'nombra una inicialización desconocida',
  UNKNOWN_DATASET: 'nombra un conjunto de datos desconocido',
  INCOMPATIBLE_LOSS: 'combina una pérdida con una activación de salida incompatible',
  INVALID_OPTION: 'contiene una opción no válida',
  INVALID_RNG_STATE: 'trae un estado del generador aleatorio no válido',
  MALFORMED_NETWORK: 'está mal formada',
};

/** Engine messages that name a field, reworded in Spanish (the rest fall back to the code). */
const ENGINE_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^version is (.+?), this engine reads version (\d+)/, (m) => `es de la versión ${m[1]} del formato de red y este laboratorio lee la versión ${m[2]}`],
  [/^format is /, () => 'no tiene el formato de red del motor'],
  [/^(\S+)\[(\d+)\] is (.+?), expected a finite number/, (m) => `tiene un valor no numérico en «${m[1]}[${m[2]}]» (${m[3]})`],
  [/^(\S+) has (\d+) numbers, expected (\d+)/, (m) => `tiene ${m[2]} números en «${m[1]}», pero su arquitectura pide ${m[3]}`],
  [/^(\S+) must be an array/, (m) => `necesita una lista de números en «${m[1]}»`],
  [/^(activations\[\d+\]|loss) is (.+?), expected one of/, (m) => `nombra un valor desconocido en «${m[1]}»: ${m[2]}`],
];

/** An EngineError (or anything thrown) as one Spanish sentence about the file's network. */
export function engineErrorToSpanish(e: unknown): string {
  if (!(e instanceof EngineError)) return 'La red del archivo no se ha podido leer.';
  const detail = e.message.slice(e.code.length + 2);
  for (const [re, say] of ENGINE_PATTERNS) {
    const m = detail.match(re);
    if (m) return `La red del archivo ${say(m)}.`;
  }
  return `La red del archivo ${ENGINE_CODES[e.code]}.`;
}
