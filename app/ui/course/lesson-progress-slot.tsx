import { LessonProgressControls } from '@/app/ui/progress/lesson-progress-controls';

/** The lesson's progress control ("Marcar como completada"), below the text and above previous/next. */
export function LessonProgressSlot({ lessonId }: { lessonId: string }) {
  return <LessonProgressControls lessonId={lessonId} />;
}
