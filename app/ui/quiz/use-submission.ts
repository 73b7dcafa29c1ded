'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttemptResult } from '@/lib/quiz/feedback';
import type { GivenAnswer } from '@/lib/quiz/types';
import { retryDelay } from '@/app/ui/progress/backoff';
import { forgetAttempt } from './answer-store';
import { submitAttempt } from './quiz-api';

export type SubmissionState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'retrying'; message: string }
  | { status: 'refused'; message: string };

const RETRY = { baseMs: 1_000, maxMs: 30_000 };

/**
 * Submits an attempt and keeps trying while the network or the server is down: with backoff,
 * at once when the browser comes back online, or when the learner asks. The key is the
 * attempt's own, so every retry is the same submission and the server grades it once.
 */
export function useSubmission(attemptId: string, submissionKey: string, onGraded: (result: AttemptResult, notice?: string) => void) {
  const [state, setState] = useState<SubmissionState>({ status: 'idle' });
  const pending = useRef<Record<string, GivenAnswer> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retries = useRef(0);
  // The timer calls the latest `send` through this ref (a callback cannot name itself before it exists).
  const sendLater = useRef<() => void>(() => undefined);

  const send = useCallback(async () => {
    const answers = pending.current;
    if (!answers) return;
    clearTimeout(timer.current);
    setState({ status: 'saving' });
    const call = await submitAttempt(attemptId, submissionKey, answers);
    if (call.kind === 'retry') {
      setState({ status: 'retrying', message: call.message });
      timer.current = setTimeout(() => sendLater.current(), retryDelay(retries.current++, Math.random, RETRY));
      return;
    }
    pending.current = null;
    if (call.kind === 'ok') {
      forgetAttempt(attemptId);
      return onGraded(call.value.result);
    }
    if (call.result) {
      forgetAttempt(attemptId);
      return onGraded(call.result, call.message);
    }
    setState({ status: 'refused', message: call.message });
  }, [attemptId, submissionKey, onGraded]);

  useEffect(() => {
    sendLater.current = () => void send();
    const online = () => void (pending.current && send());
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, [send]);

  const submit = useCallback(
    (answers: Record<string, GivenAnswer>) => {
      pending.current = answers;
      retries.current = 0;
      void send();
    },
    [send],
  );

  return { state, submit, retryNow: send };
}
