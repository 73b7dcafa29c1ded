'use client';

import type { GivenAnswer, PublicQuestion } from '@/lib/quiz/types';
import { ChoiceField } from './choice-field';
import { NumericField } from './numeric-field';
import { OrderingField } from './ordering-field';

const INSTRUCTIONS: Record<PublicQuestion['type'], string> = {
  single: 'Elige una respuesta.',
  multiple: 'Marca todas las correctas.',
  ordering: 'Ordena los pasos con los botones ↑ y ↓.',
  numeric: 'Escribe un número.',
};

interface QuestionFieldProps {
  question: PublicQuestion;
  number: number;
  total: number;
  value: GivenAnswer;
  onChange: (value: GivenAnswer) => void;
}

/** One question as a fieldset whose legend is the question itself, so screen readers announce it with each option. (A floated legend sits inside the border instead of on it.) */
export function QuestionField({ question, number, total, value, onChange }: QuestionFieldProps) {
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
      <legend className="float-left w-full">
        <span className="block text-sm font-medium text-brand-700 dark:text-brand-300">
          Pregunta {number} de {total}
        </span>
        <span className="mt-1 block font-medium text-pretty">{question.prompt}</span>
      </legend>
      <p className="clear-both pt-1 text-sm text-slate-600 dark:text-slate-400">{INSTRUCTIONS[question.type]}</p>
      {question.type === 'numeric' ? (
        <NumericField questionId={question.id} decimals={question.decimals} value={typeof value === 'string' ? value : ''} onChange={onChange} />
      ) : question.type === 'ordering' ? (
        <OrderingField questionId={question.id} items={question.items} order={Array.isArray(value) ? value : question.items.map((item) => item.id)} onChange={onChange} />
      ) : (
        <ChoiceField questionId={question.id} multiple={question.type === 'multiple'} options={question.options} value={value} onChange={onChange} />
      )}
    </fieldset>
  );
}
