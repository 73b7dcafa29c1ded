'use client';

import type { GivenAnswer, QuizOption } from '@/lib/quiz/types';

interface ChoiceFieldProps {
  questionId: string;
  multiple: boolean;
  options: QuizOption[];
  value: GivenAnswer;
  onChange: (value: GivenAnswer) => void;
}

/** Radio buttons for one answer, checkboxes for several; the fieldset's legend is the question. */
export function ChoiceField({ questionId, multiple, options, value, onChange }: ChoiceFieldProps) {
  const picked = new Set(value === null ? [] : Array.isArray(value) ? value : [value]);
  const toggle = (id: string) => {
    if (!multiple) return onChange(id);
    const next = options.map((option) => option.id).filter((optionId) => (optionId === id ? !picked.has(id) : picked.has(optionId)));
    onChange(next.length ? next : null);
  };
  return (
    <ul className="space-y-2">
      {options.map((option) => {
        const inputId = `${questionId}-${option.id}`;
        return (
          <li key={option.id}>
            <label
              htmlFor={inputId}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 hover:border-brand-300 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-900/30"
            >
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={questionId}
                value={option.id}
                checked={picked.has(option.id)}
                onChange={() => toggle(option.id)}
                className="mt-1 size-4 shrink-0 accent-brand-600"
              />
              <span>{option.text}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
