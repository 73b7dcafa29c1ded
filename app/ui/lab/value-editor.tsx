'use client';

import { useId, useState } from 'react';
import { parseNum } from './format';
import { btn } from './styles';

/** Largest |value| the editor accepts: beyond it tanh and sigmoid saturate and nothing is learned. */
const MAX_EDIT = 100;

interface Props {
  label: string;
  initial: number;
  /** Position in percent of the drawing. */
  at: { x: number; y: number };
  onCommit: (value: number) => void;
  onCancel: () => void;
}

/** Small form over the drawing to type a new weight or bias (comma or point, Escape cancels). */
export function ValueEditor({ label, initial, at, onCommit, onCancel }: Props) {
  const inputId = useId();
  const [text, setText] = useState(String(Number(initial.toFixed(4))));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const value = parseNum(text);
    if (value === null || Math.abs(value) > MAX_EDIT) setError(`Escribe un número entre −${MAX_EDIT} y ${MAX_EDIT}.`);
    else onCommit(value);
  };
  return (
    <form
      className="absolute z-20 w-56 -translate-x-1/2 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
      style={{ left: `${Math.min(75, Math.max(25, at.x - 8))}%`, top: `${Math.min(70, at.y)}%` }}
      onSubmit={(ev) => {
        ev.preventDefault();
        commit();
      }}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') onCancel();
      }}
    >
      <label className="block text-xs font-medium" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        autoFocus
        inputMode="decimal"
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
        value={text}
        aria-invalid={error !== null}
        onChange={(ev) => {
          setText(ev.target.value);
          setError(null);
        }}
      />
      {error && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p>}
      <div className="mt-2 flex gap-2">
        <button type="submit" className={btn}>
          Aplicar
        </button>
        <button type="button" className={btn} onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
