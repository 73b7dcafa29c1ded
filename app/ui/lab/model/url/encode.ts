import type { LabConfig, LabSettings } from '../lab-state';
import { PRESETS, presetSettings } from '../presets';
import { encodeWeights } from '../weights-codec';
import { PARAM } from './params';

/** Settings written as text, in the order the query string lists them. */
const TEXT_OF: { [K in Exclude<keyof LabSettings, 'problem' | 'seed'>]: (v: LabSettings[K]) => string } = {
  dataset: String,
  noise: String,
  trainPct: String,
  batchSize: String,
  features: (f) => f.join(','),
  hidden: (h) => (h.length === 0 ? '0' : h.join(',')),
  activation: String,
  learningRate: String,
  regularization: String,
  regRate: String,
  init: String,
  loss: String,
  // Empty means «never»: it only appears when a preset's stop is switched off.
  stopAt: (v) => (v === null ? '' : String(v)),
};

/**
 * Query string for a configuration: the preset and hidden panels, every setting that
 * differs from the preset's (always the seed), and optionally trained weights and epoch.
 */
export function encodeLabConfig(config: Pick<LabConfig, 'settings' | 'hidden' | 'preset'>, snapshot: LabConfig['snapshot'] = null): string {
  const p = new URLSearchParams();
  const base = presetSettings(config.preset);
  if (config.preset) p.set(PARAM.preset, config.preset);
  const baseHide = config.preset ? (PRESETS[config.preset]!.hide ?? []) : [];
  if (config.hidden.join(' ') !== baseHide.join(' ')) p.set(PARAM.hide, config.hidden.join(' '));
  for (const key of Object.keys(TEXT_OF) as (keyof typeof TEXT_OF)[]) {
    const text = TEXT_OF[key] as (v: unknown) => string;
    const value = text(config.settings[key]);
    if (value !== text(base[key])) p.set(PARAM[key], value);
  }
  p.set(PARAM.seed, String(config.settings.seed));
  if (snapshot) {
    p.set(PARAM.weights, encodeWeights(snapshot.weights));
    p.set(PARAM.epoch, String(snapshot.epoch));
  }
  return p.toString();
}
