import { DATASET_LABELS, LAB_DATASETS, LIMITS, REGRESSION_DATASETS, type LabSettings } from '../lab-state';
import { DATASET_ALIASES, PARAM, PROBLEM_WORDS } from './params';
import { oneOf, readInt, type DecodeContext } from './parse';

/** Dataset (English or Spanish name), the problem it implies, noise, split, batch size and seed. */
export function decodeData(ctx: DecodeContext, s: LabSettings): void {
  const ds = ctx.get(PARAM.dataset);
  if (ds !== null) {
    const kind = oneOf(LAB_DATASETS, ds) ?? DATASET_ALIASES[ds] ?? null;
    if (kind) s.dataset = kind;
    else ctx.notices.push(`El conjunto de datos «${ds.slice(0, 40)}» no existe; se usa «${DATASET_LABELS[s.dataset]}».`);
  }
  // The dataset decides the problem; a link asking for the other one only earns a notice.
  s.problem = REGRESSION_DATASETS.includes(s.dataset) ? 'regression' : 'classification';
  const pr = ctx.get(PARAM.problem);
  if (pr !== null) {
    const want = (PROBLEM_WORDS as Record<string, string>)[pr] ?? pr;
    if (want !== s.problem) ctx.notices.push(`El problema «${pr.slice(0, 40)}» no encaja con los datos elegidos; se usa ${s.problem === 'regression' ? 'regresión' : 'clasificación'}.`);
  }
  readInt(ctx, PARAM.noise, 'El ruido', LIMITS.minNoise, LIMITS.maxNoise, (v) => (s.noise = v));
  readInt(ctx, PARAM.trainPct, 'El porcentaje de entrenamiento', LIMITS.minTrainPct, LIMITS.maxTrainPct, (v) => (s.trainPct = v));
  readInt(ctx, PARAM.batchSize, 'El tamaño de lote', LIMITS.minBatch, LIMITS.maxBatch, (v) => (s.batchSize = v));
  readInt(ctx, PARAM.seed, 'La semilla', 0, LIMITS.maxSeed, (v) => (s.seed = v));
}
