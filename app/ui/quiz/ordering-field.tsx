'use client';

import { useState } from 'react';
import type { QuizOption } from '@/lib/quiz/types';

interface OrderingFieldProps {
  questionId: string;
  items: QuizOption[];
  /** Item ids in the learner's current order. */
  order: string[];
  onChange: (order: string[]) => void;
}

const buttonClass =
  'min-h-8 min-w-8 rounded border border-slate-300 px-2 py-1 text-sm leading-none hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * Steps to put in order with "Subir" and "Bajar" buttons: plain buttons work with a keyboard,
 * a switch or a screen reader, and a live message says where the moved step landed.
 */
export function OrderingField({ questionId, items, order, onChange }: OrderingFieldProps) {
  const [announcement, setAnnouncement] = useState('');
  const text = (id: string) => items.find((item) => item.id === id)?.text ?? id;
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
    setAnnouncement(`«${text(order[index]!)}» ahora es el paso ${index + by + 1} de ${order.length}.`);
    // Keep focus on the same button of the moved step, so repeated presses keep moving it.
    requestAnimationFrame(() => document.getElementById(`${questionId}-${by < 0 ? 'subir' : 'bajar'}-${index + by}`)?.focus());
  };
  return (
    <>
      <ol className="space-y-2">
        {order.map((id, index) => (
          <li key={id} className="flex items-center gap-3 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
            <span className="w-6 shrink-0 text-center font-semibold tabular-nums text-brand-700 dark:text-brand-300" aria-hidden="true">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1">{text(id)}</span>
            <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
              <button type="button" id={`${questionId}-subir-${index}`} className={buttonClass} disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Subir «${text(id)}»`}>
                ↑
              </button>
              <button type="button" id={`${questionId}-bajar-${index}`} className={buttonClass} disabled={index === order.length - 1} onClick={() => move(index, 1)} aria-label={`Bajar «${text(id)}»`}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
