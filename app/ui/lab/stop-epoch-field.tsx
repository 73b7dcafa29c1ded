'use client';

import { useId, useState } from 'react';
import { LIMITS } from './model/lab-state';
import { readStopEpoch } from './model/stop-epoch';
import { fieldLabel, select } from './styles';

interface Props {
  value: number | null;
  onChange: (stopAt: number | null) => void;
}

const text = (v: number | null) => (v === null ? '' : String(v));

/** «Parar en la época»: empty never stops; each valid keystroke applies at once, a bad one only warns. */
export function StopEpochField({ value, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(() => text(value));
  const [shown, setShown] = useState(value);
  // A value set from outside (an opened file) replaces the draft; typing keeps it in step.
  if (shown !== value) {
    setShown(value);
    setDraft(text(value));
  }
  const reading = readStopEpoch(draft);
  const bad = reading.kind === 'invalid' || reading.kind === 'too-large';
  return (
    <div className="col-span-2">
      <label className={fieldLabel} htmlFor={id}>
        Parar en la época
      </label>
      <input
        id={id}
        inputMode="numeric"
        placeholder="Nunca"
        className={select}
        value={draft}
        aria-invalid={bad}
        aria-describedby={`${id}-nota`}
        data-testid="parar-epoca"
        onChange={(ev) => {
          const next = ev.target.value;
          const r = readStopEpoch(next);
          setDraft(next);
          if (r.kind === 'never' || r.kind === 'epoch') {
            const stopAt = r.kind === 'epoch' ? r.epoch : null;
            setShown(stopAt);
            onChange(stopAt);
          }
        }}
      />
      <p id={`${id}-nota`} className={`mt-1 text-xs ${bad ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}>
        {bad ? `Escribe un número entero de 1 a ${LIMITS.maxStopEpoch}, o déjalo vacío.` : value === null ? 'Vacío: el entrenamiento no se detiene solo.' : `El entrenamiento se pausa al llegar a la época ${value}.`}
      </p>
    </div>
  );
}
