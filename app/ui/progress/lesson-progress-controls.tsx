'use client';
import { useEffect } from 'react';
import { LessonStatusIcon } from './lesson-status-icon';
import { markLessonCompleted, recordLessonSeen } from './progress-client';
import { SaveStatusText } from './save-status-text';
import { useLessonStatus, useSaveStatus } from './use-progress';
import { useLessonTimer } from './use-lesson-timer';

/**
 * Rendered once per lesson page: records the visit and the reading time, offers
 * "Marcar como completada" and says whether the progress is saved. The lesson's saved
 * status comes from <ProgressMerger> in the root layout, which loads it once per visit.
 */
export function LessonProgressControls({ lessonId }: { lessonId: string }) {
  const status = useLessonStatus(lessonId);
  const saveStatus = useSaveStatus();
  useLessonTimer(lessonId);
  useEffect(() => recordLessonSeen(lessonId), [lessonId]);

  const completed = status === 'COMPLETED';
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="progreso-leccion">
      <button
        type="button"
        onClick={() => markLessonCompleted(lessonId)}
        disabled={completed}
        className="inline-flex items-center gap-2 rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:border-emerald-600 disabled:text-emerald-700 disabled:hover:bg-transparent dark:text-brand-300 dark:disabled:text-emerald-400"
      >
        <LessonStatusIcon status={status} decorative />
        {completed ? 'Lección completada' : 'Marcar como completada'}
      </button>
      <SaveStatusText status={saveStatus} />
    </div>
  );
}
