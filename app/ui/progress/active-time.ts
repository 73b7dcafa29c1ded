/** A learner counts as active for this long after their last input (pointer, key, scroll, touch). */
export const ACTIVE_WINDOW_MS = 60_000;

/**
 * Reading time that counts: only while the tab is visible and the learner has done something
 * in the last minute. Pure (the caller passes the clock), so it is tested without timers.
 */
export class ActiveTimeCounter {
  private accumulatedMs = 0;
  private lastInput: number;
  private lastMark: number;

  constructor(
    now: number,
    private visible: boolean,
  ) {
    // Opening the lesson is itself an action.
    this.lastInput = now;
    this.lastMark = now;
  }

  input(now: number): void {
    this.advance(now);
    this.lastInput = now;
  }

  setVisible(visible: boolean, now: number): void {
    this.advance(now);
    this.visible = visible;
    // Coming back to the tab is something the learner did.
    if (visible) this.lastInput = now;
  }

  /** Whole seconds counted since the last take; the fraction carries over. */
  take(now: number): number {
    this.advance(now);
    const seconds = Math.floor(this.accumulatedMs / 1000);
    this.accumulatedMs -= seconds * 1000;
    return seconds;
  }

  private advance(now: number): void {
    if (now <= this.lastMark) return;
    if (this.visible) {
      const until = Math.min(now, this.lastInput + ACTIVE_WINDOW_MS);
      if (until > this.lastMark) this.accumulatedMs += until - this.lastMark;
    }
    this.lastMark = now;
  }
}
