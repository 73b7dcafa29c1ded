import type { Feature } from '@/lib/engine';
import {
  DATASET_LABELS,
  DEFAULT_SETTINGS,
  HIDEABLE,
  LAB_ACTIVATIONS,
  LAB_DATASETS,
  LAB_FEATURES,
  LAB_INITS,
  LAB_LOSSES,
  LAB_REGULARIZATIONS,
  LEARNING_RATES,
  LIMITS,
  REG_RATES,
  REGRESSION_DATASETS,
  parameterCount,
  type Hideable,
  type LabConfig,
  type LabDataset,
} from './lab-state';
import { PRESETS, presetSettings } from './presets';
import { decodeWeights, encodeWeights } from './weights-codec';

/** Query parameter names (also accepted as MDX props). */
export const PARAM = {
  preset: 'preset',
  hide: 'ocultar',
  dataset: 'datos',
  noise: 'ruido',
  trainPct: 'entrenamiento',
  batchSize: 'lote',
  features: 'entradas',
  hidden: 'capas',
  activation: 'activacion',
  learningRate: 'tasa',
  regularization: 'reg',
  regRate: 'lambda',
  problem: 'problema',
  init: 'init',
  loss: 'perdida',
  seed: 'semilla',
  weights: 'pesos',
  epoch: 'epoca',
} as const;

const DATASET_ALIASES: Record<string, LabDataset> = { circulo: 'circle', gaussianas: 'gauss', espiral: 'spiral', plano: 'plane', multigaussiana: 'multigauss' };
const PROBLEM_WORDS = { clasificacion: 'classification', regresion: 'regression' } as const;

type Reader = (key: string) => string | null;

function oneOf<T extends string>(list: readonly T[], raw: string): T | null {
  return (list as readonly string[]).includes(raw) ? (raw as T) : null;
}

function nearest(list: readonly number[], x: number): number {
  let best = list[0]!;
  for (const v of list) if (Math.abs(Math.log(v + 1e-9) - Math.log(x + 1e-9)) < Math.abs(Math.log(best + 1e-9) - Math.log(x + 1e-9))) best = v;
  return best;
}

/** An integer in [min, max]: out-of-range values are clamped, non-numbers rejected (null). */
function intIn(raw: string, min: number, max: number): { value: number; clamped: boolean } | null {
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) return null;
  const n = Math.round(Number(raw));
  const value = Math.min(max, Math.max(min, n));
  return { value, clamped: value !== n };
}

function fmt(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * Reads a lab configuration from query parameters (or MDX props). Never throws: every
 * unknown, malformed or out-of-range value falls back to the nearest valid one and adds a
 * Spanish notice saying what was changed.
 */
export function decodeLabConfig(read: Reader): LabConfig {
  const notices: string[] = [];
  const get = (key: string): string | null => {
    const v = read(key);
    return v === null ? null : v.trim();
  };

  let preset: string | null = get(PARAM.preset);
  if (preset !== null && !Object.hasOwn(PRESETS, preset)) {
    notices.push(`No existe el laboratorio predefinido «${preset.slice(0, 40)}»; se usa la configuración por defecto.`);
    preset = null;
  }
  const s = presetSettings(preset);

  const ds = get(PARAM.dataset);
  if (ds !== null) {
    const kind = oneOf(LAB_DATASETS, ds) ?? DATASET_ALIASES[ds] ?? null;
    if (kind) s.dataset = kind;
    else notices.push(`El conjunto de datos «${ds.slice(0, 40)}» no existe; se usa «${DATASET_LABELS[s.dataset]}».`);
  }
  s.problem = REGRESSION_DATASETS.includes(s.dataset) ? 'regression' : 'classification';
  const pr = get(PARAM.problem);
  if (pr !== null) {
    const want = (PROBLEM_WORDS as Record<string, string>)[pr] ?? pr;
    if (want !== s.problem) notices.push(`El problema «${pr.slice(0, 40)}» no encaja con los datos elegidos; se usa ${s.problem === 'regression' ? 'regresión' : 'clasificación'}.`);
  }

  const numberParam = (key: string, label: string, min: number, max: number, apply: (v: number) => void) => {
    const raw = get(key);
    if (raw === null) return;
    const parsed = intIn(raw, min, max);
    if (!parsed) notices.push(`${label} «${raw.slice(0, 20)}» no es un número; se usa el valor por defecto.`);
    else {
      if (parsed.clamped) notices.push(`${label} debe estar entre ${min} y ${max}; se usa ${parsed.value}.`);
      apply(parsed.value);
    }
  };
  numberParam(PARAM.noise, 'El ruido', LIMITS.minNoise, LIMITS.maxNoise, (v) => (s.noise = v));
  numberParam(PARAM.trainPct, 'El porcentaje de entrenamiento', LIMITS.minTrainPct, LIMITS.maxTrainPct, (v) => (s.trainPct = v));
  numberParam(PARAM.batchSize, 'El tamaño de lote', LIMITS.minBatch, LIMITS.maxBatch, (v) => (s.batchSize = v));
  numberParam(PARAM.seed, 'La semilla', 0, LIMITS.maxSeed, (v) => (s.seed = v));

  const feats = get(PARAM.features);
  if (feats !== null) {
    const tokens = feats.split(/[\s,]+/).filter(Boolean);
    const valid = LAB_FEATURES.filter((f) => tokens.includes(f));
    const unknown = tokens.filter((t) => !(LAB_FEATURES as readonly string[]).includes(t));
    if (unknown.length > 0) notices.push(`Entradas desconocidas ignoradas: ${unknown.slice(0, 5).join(', ').slice(0, 80)}.`);
    if (valid.length === 0) notices.push('Hace falta al menos una entrada; se usan x₁ y x₂.');
    s.features = valid.length > 0 ? (valid as Feature[]) : [...DEFAULT_SETTINGS.features];
  }

  const layers = get(PARAM.hidden);
  if (layers !== null) {
    const tokens = layers === '0' || layers === '' ? [] : layers.split(/[\s,.-]+/).filter(Boolean);
    const sizes: number[] = [];
    let bad = false;
    for (const t of tokens) {
      const p = intIn(t, 1, LIMITS.maxNeurons);
      if (!p) bad = true;
      else {
        if (p.clamped) bad = true;
        sizes.push(p.value);
      }
    }
    if (sizes.length > LIMITS.maxLayers) notices.push(`Como mucho caben ${LIMITS.maxLayers} capas ocultas; se usan las ${LIMITS.maxLayers} primeras.`);
    if (bad) notices.push(`Cada capa oculta tiene de 1 a ${LIMITS.maxNeurons} neuronas; se han corregido las capas del enlace.`);
    s.hidden = sizes.slice(0, LIMITS.maxLayers);
  }

  const act = get(PARAM.activation);
  if (act !== null) {
    const a = oneOf(LAB_ACTIVATIONS, act);
    if (a) s.activation = a;
    else notices.push(`La activación «${act.slice(0, 30)}» no existe; se usa ${s.activation}.`);
  }

  const lr = get(PARAM.learningRate);
  if (lr !== null) {
    const x = Number(lr.replace(',', '.'));
    if (!Number.isFinite(x) || x <= 0) notices.push(`La tasa de aprendizaje «${lr.slice(0, 20)}» no es válida; se usa ${fmt(s.learningRate)}.`);
    else {
      const v = nearest(LEARNING_RATES, x);
      if (v !== x) notices.push(`La tasa de aprendizaje se ajusta al valor disponible más cercano: ${fmt(v)}.`);
      s.learningRate = v;
    }
  }

  const reg = get(PARAM.regularization);
  if (reg !== null) {
    const r = oneOf(LAB_REGULARIZATIONS, reg);
    if (r) s.regularization = r;
    else notices.push(`La regularización «${reg.slice(0, 20)}» no existe; se usa ninguna.`);
  }
  const lambda = get(PARAM.regRate);
  if (lambda !== null) {
    const x = Number(lambda.replace(',', '.'));
    if (!Number.isFinite(x) || x < 0) notices.push(`La tasa de regularización «${lambda.slice(0, 20)}» no es válida; se usa ${fmt(s.regRate)}.`);
    else s.regRate = x === 0 ? 0 : nearest(REG_RATES.slice(1), x);
  }

  const init = get(PARAM.init);
  if (init !== null) {
    const i = oneOf(LAB_INITS, init);
    if (i) s.init = i;
    else notices.push(`La inicialización «${init.slice(0, 20)}» no existe; se usa la uniforme.`);
  }
  const loss = get(PARAM.loss);
  if (loss !== null) {
    const l = oneOf(LAB_LOSSES, loss);
    if (l) s.loss = l;
    else notices.push(`La función de pérdida «${loss.slice(0, 20)}» no existe; se usa el error cuadrático.`);
  }
  if (s.problem === 'regression') s.loss = 'mse';

  const hide: Hideable[] = [...(preset ? (PRESETS[preset]!.hide ?? []) : [])];
  const hideRaw = get(PARAM.hide);
  if (hideRaw !== null) {
    hide.length = 0;
    const tokens = hideRaw.split(/[\s,]+/).filter(Boolean);
    const unknown = tokens.filter((t) => !(HIDEABLE as readonly string[]).includes(t));
    if (unknown.length > 0) notices.push(`No se pueden ocultar: ${unknown.slice(0, 5).join(', ').slice(0, 80)}.`);
    for (const t of tokens) if ((HIDEABLE as readonly string[]).includes(t) && !hide.includes(t as Hideable)) hide.push(t as Hideable);
  }

  let snapshot: LabConfig['snapshot'] = null;
  const w = get(PARAM.weights);
  if (w !== null) {
    const decoded = decodeWeights(w, parameterCount(s));
    if (decoded.ok) {
      const ep = get(PARAM.epoch);
      const parsed = ep === null ? null : intIn(ep, 0, 1e9);
      snapshot = { weights: decoded.weights, epoch: parsed ? parsed.value : 0 };
    } else {
      const why =
        decoded.reason === 'no-finito'
          ? 'contienen valores no numéricos (NaN o infinito)'
          : decoded.reason === 'longitud'
            ? 'no encajan con la arquitectura (¿enlace cortado?)'
            : 'están dañados';
      notices.push(`Los pesos del enlace ${why}; la red empieza con pesos iniciales de la semilla ${s.seed}.`);
    }
  }
  return { settings: s, snapshot, hidden: hide, preset, notices };
}

/** Reads from a URLSearchParams-like object. */
export function decodeSearchParams(params: { get(key: string): string | null }): LabConfig {
  return decodeLabConfig((k) => params.get(k));
}

/** Reads Next's searchParams record (first value of repeated keys). */
export function decodeRecord(record: Record<string, string | string[] | undefined>): LabConfig {
  return decodeLabConfig((k) => {
    const v = record[k];
    return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
  });
}

/**
 * Query string for a configuration: the preset and hidden panels, every setting that
 * differs from the preset's (always the seed), and optionally trained weights and epoch.
 */
export function encodeLabConfig(config: Pick<LabConfig, 'settings' | 'hidden' | 'preset'>, snapshot: LabConfig['snapshot'] = null): string {
  const p = new URLSearchParams();
  const base = presetSettings(config.preset);
  const s = config.settings;
  if (config.preset) p.set(PARAM.preset, config.preset);
  const baseHide = config.preset ? (PRESETS[config.preset]!.hide ?? []) : [];
  if (config.hidden.join(' ') !== baseHide.join(' ')) p.set(PARAM.hide, config.hidden.join(' '));
  if (s.dataset !== base.dataset) p.set(PARAM.dataset, s.dataset);
  if (s.noise !== base.noise) p.set(PARAM.noise, String(s.noise));
  if (s.trainPct !== base.trainPct) p.set(PARAM.trainPct, String(s.trainPct));
  if (s.batchSize !== base.batchSize) p.set(PARAM.batchSize, String(s.batchSize));
  if (s.features.join(',') !== base.features.join(',')) p.set(PARAM.features, s.features.join(','));
  if (s.hidden.join(',') !== base.hidden.join(',')) p.set(PARAM.hidden, s.hidden.length === 0 ? '0' : s.hidden.join(','));
  if (s.activation !== base.activation) p.set(PARAM.activation, s.activation);
  if (s.learningRate !== base.learningRate) p.set(PARAM.learningRate, String(s.learningRate));
  if (s.regularization !== base.regularization) p.set(PARAM.regularization, s.regularization);
  if (s.regRate !== base.regRate) p.set(PARAM.regRate, String(s.regRate));
  if (s.init !== base.init) p.set(PARAM.init, s.init);
  if (s.loss !== base.loss) p.set(PARAM.loss, s.loss);
  p.set(PARAM.seed, String(s.seed));
  if (snapshot) {
    p.set(PARAM.weights, encodeWeights(snapshot.weights));
    p.set(PARAM.epoch, String(snapshot.epoch));
  }
  return p.toString();
}
