'use client';

import { useId } from 'react';
import {
  ACTIVATION_LABELS,
  DATASET_LABELS,
  INIT_LABELS,
  LAB_ACTIVATIONS,
  LAB_DATASETS,
  LAB_INITS,
  LEARNING_RATES,
  LIMITS,
  REG_RATES,
  REGRESSION_DATASETS,
  type Hideable,
  type LabSettings,
} from './model/lab-state';
import { btn, fieldLabel, panel, select } from './styles';

interface Props {
  settings: LabSettings;
  hidden: readonly Hideable[];
  onChange: (patch: Partial<LabSettings>) => void;
  onRegenerate: () => void;
}

const rate = (x: number) => String(x).replace('.', ',');

/** Data and hyper-parameter controls; each change is applied at once (structural ones reset the network). */
export function SettingsPanel({ settings: s, hidden, onChange, onRegenerate }: Props) {
  const id = useId();
  const show = (h: Hideable) => !hidden.includes(h);
  const range = (key: 'noise' | 'trainPct' | 'batchSize', label: string, min: number, max: number, unit = '') => (
    <div>
      <label className={fieldLabel} htmlFor={`${id}-${key}`}>
        {label}: <output>{s[key]}{unit}</output>
      </label>
      <input id={`${id}-${key}`} type="range" min={min} max={max} value={s[key]} className="mt-1 w-full accent-brand-600" onChange={(e) => onChange({ [key]: Number(e.target.value) })} />
    </div>
  );
  return (
    <div className="space-y-3">
      {show('datos') && (
        <fieldset className={panel}>
          <legend className="px-1 text-sm font-semibold">Datos</legend>
          <div className="space-y-2">
            <div>
              <label className={fieldLabel} htmlFor={`${id}-ds`}>
                Conjunto de datos
              </label>
              <select id={`${id}-ds`} className={select} value={s.dataset} onChange={(e) => onChange({ dataset: e.target.value as LabSettings['dataset'] })}>
                {LAB_DATASETS.filter((d) => show('problema') || REGRESSION_DATASETS.includes(d) === (s.problem === 'regression')).map((d) => (
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
      )}
      <fieldset className={panel}>
        <legend className="px-1 text-sm font-semibold">Entrenamiento</legend>
        <div className="grid grid-cols-2 gap-2">
          {show('tasa') && (
            <div>
              <label className={fieldLabel} htmlFor={`${id}-lr`}>
                Tasa de aprendizaje η
              </label>
              <select id={`${id}-lr`} className={select} value={s.learningRate} onChange={(e) => onChange({ learningRate: Number(e.target.value) })}>
                {LEARNING_RATES.map((r) => (
                  <option key={r} value={r}>
                    {rate(r)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {show('activacion') && (
            <div>
              <label className={fieldLabel} htmlFor={`${id}-act`}>
                Activación
              </label>
              <select id={`${id}-act`} className={select} value={s.activation} onChange={(e) => onChange({ activation: e.target.value as LabSettings['activation'] })}>
                {LAB_ACTIVATIONS.map((a) => (
                  <option key={a} value={a}>
                    {ACTIVATION_LABELS[a]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {show('regularizacion') && (
            <>
              <div>
                <label className={fieldLabel} htmlFor={`${id}-reg`}>
                  Regularización
                </label>
                <select id={`${id}-reg`} className={select} value={s.regularization} onChange={(e) => onChange({ regularization: e.target.value as LabSettings['regularization'] })}>
                  <option value="none">Ninguna</option>
                  <option value="l1">L1</option>
                  <option value="l2">L2</option>
                </select>
              </div>
              <div>
                <label className={fieldLabel} htmlFor={`${id}-lambda`}>
                  Tasa de regularización λ
                </label>
                <select id={`${id}-lambda`} className={select} value={s.regRate} disabled={s.regularization === 'none'} onChange={(e) => onChange({ regRate: Number(e.target.value) })}>
                  {REG_RATES.map((r) => (
                    <option key={r} value={r}>
                      {rate(r)}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          {show('problema') && (
            <div className="col-span-2">
              <label className={fieldLabel} htmlFor={`${id}-prob`}>
                Tipo de problema
              </label>
              <select
                id={`${id}-prob`}
                className={select}
                value={s.problem}
                onChange={(e) => onChange(e.target.value === 'regression' ? { problem: 'regression', dataset: 'plane', loss: 'mse' } : { problem: 'classification', dataset: 'circle' })}
              >
                <option value="classification">Clasificación</option>
                <option value="regression">Regresión</option>
              </select>
            </div>
          )}
          {show('problema') && s.problem === 'classification' && (
            <div className="col-span-2">
              <label className={fieldLabel} htmlFor={`${id}-loss`}>
                Función de pérdida
              </label>
              <select id={`${id}-loss`} className={select} value={s.loss} onChange={(e) => onChange({ loss: e.target.value as LabSettings['loss'] })}>
                <option value="mse">Error cuadrático (salida tanh)</option>
                <option value="bce">Entropía cruzada (salida sigmoide)</option>
              </select>
            </div>
          )}
          {show('inicializacion') && (
            <div>
              <label className={fieldLabel} htmlFor={`${id}-init`}>
                Pesos iniciales
              </label>
              <select id={`${id}-init`} className={select} value={s.init} onChange={(e) => onChange({ init: e.target.value as LabSettings['init'] })}>
                {LAB_INITS.map((i) => (
                  <option key={i} value={i}>
                    {INIT_LABELS[i]}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </fieldset>
    </div>
  );
}
