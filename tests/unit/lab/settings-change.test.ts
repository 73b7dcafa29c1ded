import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';
import { applySettingsPatch, normalizeSettings } from '@/app/ui/lab/model/settings-change';

describe('settings changes', () => {
  it('hyper-parameters keep the session, data and network changes replace it', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { learningRate: 0.3 }).structural).toBe(false);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { batchSize: 3, regularization: 'l2' }).structural).toBe(false);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { hidden: [4, 3] }).structural).toBe(true);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { seed: 2 }).structural).toBe(true);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { hidden: [4, 2] }).structural).toBe(false);
  });

  it('never shares arrays with the settings it started from', () => {
    const { next } = applySettingsPatch(DEFAULT_SETTINGS, { learningRate: 1 });
    next.hidden.push(9);
    expect(DEFAULT_SETTINGS.hidden).toEqual([4, 2]);
  });

  it('a regression dataset forces the regression problem and squared error', () => {
    const { next } = applySettingsPatch({ ...DEFAULT_SETTINGS, loss: 'bce' }, { dataset: 'plane' });
    expect(next.problem).toBe('regression');
    expect(next.loss).toBe('mse');
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, problem: 'regression' }).problem).toBe('classification');
  });
});
