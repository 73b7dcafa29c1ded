import { REGRESSION_DATASETS, cloneSettings, type LabSettings } from './lab-state';

/** Settings that change the data or the network: changing one starts a new session. */
export const STRUCTURAL: readonly (keyof LabSettings)[] = ['dataset', 'noise', 'trainPct', 'features', 'hidden', 'activation', 'problem', 'init', 'loss', 'seed'];

/** The dataset decides the problem, and regression always uses squared error. */
export function normalizeSettings(s: LabSettings): LabSettings {
  s.problem = REGRESSION_DATASETS.includes(s.dataset) ? 'regression' : 'classification';
  if (s.problem === 'regression') s.loss = 'mse';
  return s;
}

/** Settings after a patch, and whether the patch needs a new session (else only hyper-parameters changed). */
export function applySettingsPatch(current: LabSettings, patch: Partial<LabSettings>): { next: LabSettings; structural: boolean } {
  const next = normalizeSettings(cloneSettings({ ...current, ...patch }));
  const structural = STRUCTURAL.some((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
  return { next, structural };
}
