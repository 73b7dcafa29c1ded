import { HIDEABLE, parameterCount, type Hideable, type LabConfig, type LabSettings } from '../lab-state';
import { PRESETS } from '../presets';
import { decodeWeights } from '../weights-codec';
import { PARAM } from './params';
import { intIn, type DecodeContext } from './parse';

/** Hidden panels: the preset's, replaced as a whole by ocultar="…" when present. */
export function decodeHidden(ctx: DecodeContext, preset: string | null): Hideable[] {
  const hide: Hideable[] = [...(preset ? (PRESETS[preset]!.hide ?? []) : [])];
  const raw = ctx.get(PARAM.hide);
  if (raw === null) return hide;
  const known = HIDEABLE as readonly string[];
  const tokens = raw.split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !known.includes(t));
  if (unknown.length > 0) ctx.notices.push(`No se pueden ocultar: ${unknown.slice(0, 5).join(', ').slice(0, 80)}.`);
  const chosen: Hideable[] = [];
  for (const t of tokens) if (known.includes(t) && !chosen.includes(t as Hideable)) chosen.push(t as Hideable);
  return chosen;
}

const WEIGHT_PROBLEMS = {
  'no-finito': 'contienen valores no numéricos (NaN o infinito)',
  longitud: 'no encajan con la arquitectura (¿enlace cortado?)',
  formato: 'están dañados',
} as const;

/** Trained weights and epoch of a full-state link; a damaged one is dropped with a notice. */
export function decodeSnapshot(ctx: DecodeContext, s: LabSettings): LabConfig['snapshot'] {
  const w = ctx.get(PARAM.weights);
  if (w === null) return null;
  const decoded = decodeWeights(w, parameterCount(s));
  if (!decoded.ok) {
    ctx.notices.push(`Los pesos del enlace ${WEIGHT_PROBLEMS[decoded.reason]}; la red empieza con pesos iniciales de la semilla ${s.seed}.`);
    return null;
  }
  const ep = ctx.get(PARAM.epoch);
  const parsed = ep === null ? null : intIn(ep, 0, 1e9);
  return { weights: decoded.weights, epoch: parsed ? parsed.value : 0 };
}
