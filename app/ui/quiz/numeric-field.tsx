'use client';

import { parseDecimal } from '@/lib/quiz/grade';

interface NumericFieldProps {
  questionId: string;
  decimals: number;
  value: string;
  onChange: (value: string) => void;
}

function hint(decimals: number): string {
  if (decimals === 0) return 'Un número entero, por ejemplo 3.';
  const digits = decimals === 1 ? 'un decimal' : `${decimals} decimales`;
  return `Con ${digits}; vale coma o punto (por ejemplo 0,${'5'.padEnd(decimals, '0')}).`;
}

/** A text box for a number: a decimal keyboard on phones, a comma or a point, and a hint with the digits asked for. */
export function NumericField({ questionId, decimals, value, onChange }: NumericFieldProps) {
  const hintId = `${questionId}-pista`;
  const invalid = value.trim() !== '' && parseDecimal(value) === null;
  return (
    <div className="space-y-1.5">
      <label htmlFor={`${questionId}-numero`} className="sr-only">
        Tu respuesta
      </label>
      <input
        id={`${questionId}-numero`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        className="w-40 rounded-md border border-slate-300 px-3 py-2 font-mono tabular-nums focus:border-brand-600 dark:border-slate-600 dark:bg-slate-900"
      />
      <p id={hintId} className={`text-sm ${invalid ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}>
        {invalid ? 'Eso no parece un número: escribe solo cifras, un signo y una coma o un punto.' : hint(decimals)}
      </p>
    </div>
  );
}
