'use client';

import { useId } from 'react';
import { ACTIVATION_LABELS, INIT_LABELS, LAB_ACTIVATIONS, LAB_INITS, LEARNING_RATES, REG_RATES, type Hideable, type LabSettings } from './model/lab-state';
import { StopEpochField } from './stop-epoch-field';
import { fieldLabel, panel, select } from './styles';

interface Props {
  settings: LabSettings;
  hidden: readonly Hideable[];
  onChange: (patch: Partial<LabSettings>) => void;
}

const rate = (x: number) => String(x).replace('.', ',');

/** «Entrenamiento»: learning rate, activation, regularisation, problem type, loss, initialisation and the stop epoch. */
export function TrainingSettings({ settings: s, hidden, onChange }: Props) {
  const id = useId();
  const show = (h: Hideable) => !hidden.includes(h);
  return (
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
        <StopEpochField value={s.stopAt} onChange={(stopAt) => onChange({ stopAt })} />
      </div>
    </fieldset>
  );
}
