'use client';
import { useEffect } from 'react';
import { getOutbox } from './progress-client';

/**
 * Mounted once in the root layout. Tells the outbox whether someone is signed in; right
 * after a sign-in or sign-up, progress kept in this browser is merged into the account and
 * cleared, and any writes left from an earlier visit are sent. It also loads the learner's
 * lesson statuses for <LessonProgressControls> and <LiveLessonStatusIcon>.
 */
export function ProgressMerger({ signedIn }: { signedIn: boolean }) {
  useEffect(() => {
    const outbox = getOutbox();
    outbox.setSession(signedIn ? 'signed-in' : 'anonymous');
    // Lesson statuses for the controls and live check marks on this page.
    if (signedIn) void outbox.refresh();
  }, [signedIn]);
  return null;
}
