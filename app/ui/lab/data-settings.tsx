'use client';

import { useId } from 'react';
import { DATASET_LABELS, LAB_DATASETS, LIMITS, REGRESSION_DATASETS, type LabSettings } from './model/lab-state';
import { btn, fieldLabel, panel, select } from './styles';

interface Props {
  settings: LabSettings;
  /** False when a link hid the problem type: only datasets of the current problem are offered. */
  showProblem: boolean;
  onChange: (patch: Partial<LabSettings>) => void;
  onRegenerate: () => void;
}

/** «Datos»: the dataset, noise, train/test split, batch size and a new seed. */
export function DataSettings({ settings: s, showProblem, onChange, onRegenerate }: Props) {
  const id = useId();
  const range = (key: 'noise' | 'trainPct' | 'batchSize', label: string, min: number, max: number, unit = '') => (
    <div>
      <label className={fieldLabel} htmlFor={`${id}-${key}`}>
        {label}: <output>{s[key]}{unit}</output>
      </label>
      <input id={`${id}-${key}`} type="range" min={min} max={max} value={s[key]} className="mt-1 w-full accent-brand-600" onChange={(e) => onChange({ [key]: Number(e.target.value) })} />
    </div>
  );
  return (
    <fieldset className={panel}>
      <legend className="px-1 text-sm font-semibold">Datos</legend>
      <div className="space-y-2">
        <div>
          <label className={fieldLabel} htmlFor={`${id}-ds`}>
            Conjunto de datos
          </label>
          <select id={`${id}-ds`} className={select} value={s.dataset} onChange={(e) => onChange({ dataset: e.target.value as LabSettings['dataset'] })}>
            {LAB_DATASETS.filter((d) => showProblem || REGRESSION_DATASETS.includes(d) === (s.problem === 'regression')).map((d) => (
              <option key={d} value={d}>
                {DATASET_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        {range('noise', 'Ruido', LIMITS.minNoise, LIMITS.maxNoise, ' %')}
        {range('trainPct', 'Datos de entrenamiento', LIMITS.minTrainPct, LIMITS.maxTrainPct, ' %')}
        {range('batchSize', 'Tamaño del lote', LIMITS.minBatch, LIMITS.maxBatch)}
        <button type="button" className={btn} onClick={onRegenerate}>
          Regenerar datos
        </button>
      </div>
    </fieldset>
  );
}
