import type { Feature } from '@/lib/engine';
import { DEFAULT_SETTINGS, LAB_ACTIVATIONS, LAB_FEATURES, LIMITS, type LabSettings } from '../lab-state';
import { PARAM } from './params';
import { intIn, oneOf, type DecodeContext } from './parse';

function decodeFeatures(ctx: DecodeContext, s: LabSettings): void {
  const feats = ctx.get(PARAM.features);
  if (feats === null) return;
  const tokens = feats.split(/[\s,]+/).filter(Boolean);
  const valid = LAB_FEATURES.filter((f) => tokens.includes(f));
  const unknown = tokens.filter((t) => !(LAB_FEATURES as readonly string[]).includes(t));
  if (unknown.length > 0) ctx.notices.push(`Entradas desconocidas ignoradas: ${unknown.slice(0, 5).join(', ').slice(0, 80)}.`);
  if (valid.length === 0) ctx.notices.push('Hace falta al menos una entrada; se usan x₁ y x₂.');
  s.features = valid.length > 0 ? (valid as Feature[]) : [...DEFAULT_SETTINGS.features];
}

/** "capas=4,2" (or "0" for none): each size clamped to 1…8, at most six layers kept. */
function decodeLayers(ctx: DecodeContext, s: LabSettings): void {
  const layers = ctx.get(PARAM.hidden);
  if (layers === null) return;
  const tokens = layers === '0' || layers === '' ? [] : layers.split(/[\s,.-]+/).filter(Boolean);
  const sizes: number[] = [];
  let bad = false;
  for (const t of tokens) {
    const p = intIn(t, 1, LIMITS.maxNeurons);
    if (!p || p.clamped) bad = true;
    if (p) sizes.push(p.value);
  }
  if (sizes.length > LIMITS.maxLayers) ctx.notices.push(`Como mucho caben ${LIMITS.maxLayers} capas ocultas; se usan las ${LIMITS.maxLayers} primeras.`);
  if (bad) ctx.notices.push(`Cada capa oculta tiene de 1 a ${LIMITS.maxNeurons} neuronas; se han corregido las capas del enlace.`);
  s.hidden = sizes.slice(0, LIMITS.maxLayers);
}

/** Input features, hidden layer sizes and the hidden activation. */
export function decodeNetwork(ctx: DecodeContext, s: LabSettings): void {
  decodeFeatures(ctx, s);
  decodeLayers(ctx, s);
  const act = ctx.get(PARAM.activation);
  if (act !== null) {
    const a = oneOf(LAB_ACTIVATIONS, act);
    if (a) s.activation = a;
    else ctx.notices.push(`La activación «${act.slice(0, 30)}» no existe; se usa ${s.activation}.`);
  }
}
