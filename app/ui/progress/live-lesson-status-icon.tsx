'use client';
import { LessonStatusIcon } from './lesson-status-icon';
import { useLessonStatus } from './use-progress';

/**
 * A lesson's check mark that follows this browser's progress as it happens (a completion
 * shows before the server has it, and a visitor sees their local progress), for sidebars on
 * pages that do not load the session.
 */
export function LiveLessonStatusIcon({ lessonId, className }: { lessonId: string; className?: string }) {
  return <LessonStatusIcon status={useLessonStatus(lessonId)} className={className} />;
}
