'use client';

import { useEffect, useState } from 'react';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { GivenAnswer, OpenAttempt, PublicQuestion } from '@/lib/quiz/types';
import { loadAttempt, saveAttempt } from './answer-store';
import { QuestionField } from './question-field';
import { useSubmission } from './use-submission';

const answered = (question: PublicQuestion, value: GivenAnswer | undefined) =>
  question.type === 'ordering' || (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));

/** An ordering left untouched is still an answer: the order on screen. */
function answersToSend(questions: PublicQuestion[], answers: Record<string, GivenAnswer>): Record<string, GivenAnswer> {
  const all: Record<string, GivenAnswer> = {};
  for (const question of questions) {
    const value = answers[question.id] ?? (question.type === 'ordering' ? question.items.map((item) => item.id) : null);
    if (answered(question, value)) all[question.id] = value;
  }
  return all;
}

const primaryButton = 'rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70';

/** The attempt's questions; every answer is kept in this tab's storage as it is given, until the server has graded it. */
export function QuizForm({ attempt, onGraded }: { attempt: OpenAttempt; onGraded: (result: AttemptResult, notice?: string) => void }) {
  const [stored] = useState(() => loadAttempt(attempt.attemptId));
  const [answers, setAnswers] = useState<Record<string, GivenAnswer>>(stored.answers);
  const { state, submit, retryNow } = useSubmission(attempt.attemptId, stored.submissionKey, onGraded);
  const { questions } = attempt;
  const done = questions.filter((question) => answered(question, answers[question.id])).length;
  const busy = state.status === 'saving' || state.status === 'retrying';

  useEffect(() => saveAttempt(attempt.attemptId, { answers, submissionKey: stored.submissionKey }), [attempt.attemptId, answers, stored.submissionKey]);

  return (
    <form
      className="space-y-5"
      aria-label="Preguntas del cuestionario"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) submit(answersToSend(questions, answers));
      }}
    >
      {questions.map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          value={answers[question.id] ?? null}
          onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
        />
      ))}
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <button type="submit" className={primaryButton} disabled={busy} aria-disabled={busy}>
          {busy ? 'Guardando…' : 'Entregar respuestas'}
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {done} de {questions.length} respondidas{done < questions.length ? '; las que dejes en blanco cuentan como falladas' : ''}.
        </p>
        <div role="status" aria-live="polite" className="w-full text-sm" data-testid="estado-entrega" data-estado={state.status}>
          {state.status === 'retrying' && (
            <p className="text-amber-800 dark:text-amber-300">
              {state.message} Reintentando…{' '}
              <button type="button" className="font-medium underline" onClick={() => void retryNow()}>
                Reintentar ahora
              </button>
            </p>
          )}
          {state.status === 'refused' && <p className="text-red-700 dark:text-red-400">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
