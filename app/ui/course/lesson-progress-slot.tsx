/**
 * Where the lesson's progress control ("Marcar como completada") goes, below the text and
 * above previous/next. It renders nothing until the progress layer replaces it; the lesson
 * id is what that control needs.
 */
export function LessonProgressSlot(_props: { lessonId: string }) {
  return null;
}
