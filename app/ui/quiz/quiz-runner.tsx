'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { OpenAttempt } from '@/lib/quiz/types';
import { newKey } from '@/app/ui/progress/new-key';
import { startAttempt } from './quiz-api';
import { QuizForm } from './quiz-form';
import { QuizResult } from './quiz-result';

type Phase = { name: 'intro' } | { name: 'answering'; attempt: OpenAttempt } | { name: 'result'; result: AttemptResult };

interface QuizRunnerProps {
  unitId: string;
  questionCount: number;
  /** An attempt started in the last day and never submitted, offered to resume. */
  open: OpenAttempt | null;
  /** A graded attempt to show (the page was opened with ?intento=…). */
  initialResult: AttemptResult | null;
}

const primary = 'rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70';
const secondary = 'rounded-md border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/** The quiz from the start button to the result: a new attempt with its own numbers each time. */
export function QuizRunner({ unitId, questionCount, open, initialResult }: QuizRunnerProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [phase, setPhase] = useState<Phase>(initialResult ? { name: 'result', result: initialResult } : { name: 'intro' });
  const [starting, setStarting] = useState(false);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState('');
  const startKey = useRef<string | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const begin = async () => {
    // One key per press of the button: retrying after a failure reuses it, so a start that did reach the server is not doubled.
    startKey.current ??= newKey();
    setStarting(true);
    setMessage('');
    const call = await startAttempt(unitId, startKey.current);
    setStarting(false);
    if (call.kind !== 'ok') return setMessage(call.kind === 'retry' ? `No se ha podido empezar. ${call.message}` : call.message);
    startKey.current = null;
    setNotice('');
    setPhase({ name: 'answering', attempt: call.value });
    // Leave ?intento=… behind without a round trip: the new attempt is not that result.
    window.history.replaceState(null, '', pathname);
    top.current?.scrollIntoView({ block: 'start' });
  };

  const graded = useCallback(
    (result: AttemptResult, why?: string) => {
      setNotice(why ?? '');
      setPhase({ name: 'result', result });
      // The address now names this result (a reload shows it again), and the history and best score above refresh.
      window.history.replaceState(null, '', `${pathname}?intento=${result.attemptId}`);
      router.refresh();
      top.current?.scrollIntoView({ block: 'start' });
    },
    [pathname, router],
  );

  const startButtons = (label: string) => (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={primary} onClick={() => void begin()} disabled={starting}>
        {starting ? 'Preparando las preguntas…' : label}
      </button>
      {phase.name === 'intro' && open && (
        <button type="button" className={secondary} onClick={() => setPhase({ name: 'answering', attempt: open })} disabled={starting}>
          Continuar el intento empezado
        </button>
      )}
      <p role="status" aria-live="polite" className="w-full text-sm text-red-700 empty:hidden dark:text-red-400">
        {message}
      </p>
    </div>
  );

  return (
    <div ref={top} className="scroll-mt-4 space-y-6" data-testid="cuestionario" data-fase={phase.name}>
      {phase.name === 'intro' && startButtons(open ? 'Empezar un intento nuevo' : `Empezar el cuestionario (${questionCount} preguntas)`)}
      {phase.name === 'answering' && <QuizForm key={phase.attempt.attemptId} attempt={phase.attempt} onGraded={graded} />}
      {phase.name === 'result' && (
        <>
          {notice && <p className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{notice}</p>}
          <QuizResult result={phase.result} />
          {startButtons('Intentar de nuevo con otros números')}
        </>
      )}
    </div>
  );
}
