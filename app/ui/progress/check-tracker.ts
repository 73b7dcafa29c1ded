/**
 * Which of a lesson's "predice y comprueba" questions this page has seen answered. A lesson
 * counts as completed once every question on it has been answered (right or wrong: they are
 * practice), so the tracker reports that moment exactly once per page.
 */
export class CheckTracker {
  private readonly expected = new Map<string, Set<string>>();
  private readonly answered = new Map<string, Set<string>>();
  private readonly completed = new Set<string>();

  /** A question mounted on the lesson; the returned function forgets it on unmount. */
  register(lessonId: string, questionKey: string): () => void {
    setOf(this.expected, lessonId).add(questionKey);
    return () => {
      this.expected.get(lessonId)?.delete(questionKey);
      this.answered.get(lessonId)?.delete(questionKey);
    };
  }

  /** True the first time every registered question of the lesson has an answer. */
  answer(lessonId: string, questionKey: string): boolean {
    const answered = setOf(this.answered, lessonId).add(questionKey);
    const expected = this.expected.get(lessonId) ?? new Set<string>();
    if (this.completed.has(lessonId) || [...expected].some((key) => !answered.has(key))) return false;
    this.completed.add(lessonId);
    return true;
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/** The page's tracker (module state lives as long as the page). */
export const checkTracker = new CheckTracker();
