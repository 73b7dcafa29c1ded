import { useId } from 'react';
import { subscript } from '../model/format';

interface NetworkInputsProps {
  texts: readonly string[];
  onChange: (index: number, text: string) => void;
}

/** One number field per input unit: x₁, x₂, … */
export function NetworkInputs({ texts, onChange }: NetworkInputsProps) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="sr-only">Valores de entrada</legend>
      {texts.map((text, i) => (
        <div key={i} className="flex items-center gap-1.5 text-sm">
          <label htmlFor={`${id}-${i}`} className="font-medium">
            x{subscript(i + 1)}
          </label>
          <input
            id={`${id}-${i}`}
            type="number"
            inputMode="decimal"
            step="0.1"
            min="-10"
            max="10"
            value={text}
            onChange={(event) => onChange(i, event.target.value)}
            className="w-20 rounded-md border border-slate-300 bg-white px-2 py-1 tabular-nums dark:border-slate-600 dark:bg-slate-950"
          />
        </div>
      ))}
    </fieldset>
  );
}
