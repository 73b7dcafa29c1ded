'use client';

import { createContext, useContext, type ReactNode } from 'react';

const LessonIdContext = createContext<string | null>(null);

/**
 * Tells widgets inside a lesson's text which lesson they are in, so a "predice y comprueba"
 * answer is recorded against it. Outside a lesson (home page, glossary) there is none.
 */
export function LessonIdProvider({ lessonId, children }: { lessonId: string; children: ReactNode }) {
  return <LessonIdContext value={lessonId}>{children}</LessonIdContext>;
}

export function useLessonId(): string | null {
  return useContext(LessonIdContext);
}
