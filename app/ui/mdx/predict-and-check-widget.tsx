'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { checkTracker } from '@/app/ui/progress/check-tracker';
import { useLessonId } from '@/app/ui/progress/lesson-context';
import { markLessonCompleted, recordCheckAnswer } from '@/app/ui/progress/progress-client';
import { formatDecimal, isCloseEnough, parseDecimal } from './numeric-answer';

export type PredictionQuestion =
  | { kind: 'choice'; options: ReactNode[]; correctIndex: number }
  | { kind: 'number'; answer: number; decimals: number; tolerance: number; unit?: string };

interface PredictAndCheckWidgetProps {
  /** Stable across deploys; recorded with each answer for the instructor dashboards. */
  questionId: string;
  prompt: ReactNode;
  explanation: ReactNode;
  question: PredictionQuestion;
}

const button = 'rounded-md px-4 py-2 text-sm font-medium';

/** The learner commits to a prediction first; only then are the result and the explanation shown. */
export function PredictAndCheckWidget({ questionId, prompt, explanation, question }: PredictAndCheckWidgetProps) {
  const id = useId();
  const lessonId = useLessonId();
  const [choice, setChoice] = useState<number | null>(null);
  const [typed, setTyped] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const retried = useRef(false);

  const typedNumber = parseDecimal(typed);
  const committed = question.kind === 'choice' ? choice !== null : typedNumber !== null;
  const correct =
    question.kind === 'choice' ? choice === question.correctIndex : typedNumber !== null && isCloseEnough(typedNumber, question.answer, question.tolerance);

  useEffect(() => (lessonId ? checkTracker.register(lessonId, id) : undefined), [lessonId, id]);

  // Back to the first answer after "Volver a intentarlo", once the inputs are enabled again.
  useEffect(() => {
    if (!revealed && retried.current) firstInput.current?.focus();
  }, [revealed]);

  function check(event: FormEvent) {
    event.preventDefault();
    if (!committed) {
      setHint(question.kind === 'choice' ? 'Elige una respuesta antes de comprobarla.' : 'Escribe un número (por ejemplo, 0,25) antes de comprobarlo.');
      return;
    }
    setHint(null);
    setRevealed(true);
    // Practice, graded here; recorded so instructors see which questions trip learners up.
    if (lessonId) {
      recordCheckAnswer({ lessonId, questionId, correct });
      if (checkTracker.answer(lessonId, id)) markLessonCompleted(lessonId);
    }
  }

  function retry() {
    retried.current = true;
    setChoice(null);
    setTyped('');
    setRevealed(false);
  }

  return (
    <section aria-labelledby={`${id}-titulo`} className="predict-check my-8 rounded-lg border border-slate-300 bg-slate-50 p-4 sm:p-5 dark:border-slate-700 dark:bg-slate-900">
      <p id={`${id}-titulo`} className="text-sm font-semibold text-brand-700 dark:text-brand-300">
        Predice y comprueba
      </p>
      <form onSubmit={check} noValidate className="mt-2 space-y-3">
        <div id={`${id}-pregunta`} className="font-medium">
          {prompt}
        </div>
        <fieldset aria-labelledby={`${id}-pregunta`} disabled={revealed} className="space-y-2">
          {question.kind === 'choice' ? (
            question.options.map((content, index) => (
              <label
                key={index}
                className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-500 has-disabled:cursor-default dark:border-slate-700 dark:bg-slate-950"
              >
                <input ref={index === 0 ? firstInput : undefined} type="radio" name={`${id}-opcion`} className="mt-1.5 accent-brand-600" checked={choice === index} onChange={() => setChoice(index)} />
                <span className="flex-1 [&>p]:m-0">{content}</span>
                {revealed && index === question.correctIndex && <span className="text-sm font-semibold text-emerald-700 dark:text-emerald-400">✓ Correcta</span>}
              </label>
            ))
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <label htmlFor={`${id}-numero`}>Tu predicción</label>
              <input
                ref={firstInput}
                id={`${id}-numero`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                className="w-32 rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-950"
              />
              {question.unit && <span>{question.unit}</span>}
            </div>
          )}
        </fieldset>
        {!revealed && (
          <button type="submit" className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            Comprobar
          </button>
        )}
      </form>
      <div aria-live="polite" className="mt-3">
        {hint && <p className="text-sm text-amber-800 dark:text-amber-300">{hint}</p>}
        {revealed && (
          <div className="space-y-3">
            <p className={`font-semibold ${correct ? 'text-emerald-700 dark:text-emerald-400' : 'text-rose-700 dark:text-rose-400'}`}>
              {correct ? '¡Bien! Tu predicción es correcta.' : 'No es la respuesta correcta.'}
              {question.kind === 'number' && ` La respuesta es ${formatDecimal(question.answer, question.decimals)}${question.unit ? ` ${question.unit}` : ''}.`}
            </p>
            <div className="border-l-2 border-slate-300 pl-3 dark:border-slate-600">{explanation}</div>
            <button type="button" onClick={retry} className={`${button} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}>
              Volver a intentarlo
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
