import { describe, expect, it } from 'vitest';
import { ACTIVE_WINDOW_MS, ActiveTimeCounter } from '@/app/ui/progress/active-time';
import { timeChunks } from '@/app/ui/progress/progress-client';

const s = (seconds: number) => seconds * 1000;

describe('ActiveTimeCounter', () => {
  it('counts visible time for a minute after each input, and no more', () => {
    const counter = new ActiveTimeCounter(0, true);
    expect(counter.take(s(30))).toBe(30);
    // No input since opening: only the first minute counts.
    expect(counter.take(s(600))).toBe(30);
    counter.input(s(600));
    expect(counter.take(s(610))).toBe(10);
    expect(ACTIVE_WINDOW_MS).toBe(s(60));
  });

  it('counts nothing while the tab is hidden, and starts again when the learner comes back', () => {
    const counter = new ActiveTimeCounter(0, true);
    counter.setVisible(false, s(20));
    counter.input(s(25));
    expect(counter.take(s(500))).toBe(20);
    counter.setVisible(true, s(500));
    expect(counter.take(s(530))).toBe(30);
  });

  it('starts uncounted when the page opens in a background tab', () => {
    const counter = new ActiveTimeCounter(0, false);
    expect(counter.take(s(90))).toBe(0);
  });

  it('carries fractions of a second over to the next take', () => {
    const counter = new ActiveTimeCounter(0, true);
    expect(counter.take(1500)).toBe(1);
    expect(counter.take(2600)).toBe(1);
    expect(counter.take(3000)).toBe(1);
  });
});

describe('timeChunks', () => {
  it('splits long reading time into chunks the server accepts, dropping fractions', () => {
    expect(timeChunks(0.9)).toEqual([]);
    expect(timeChunks(42.7)).toEqual([42]);
    expect(timeChunks(300)).toEqual([300]);
    expect(timeChunks(745)).toEqual([300, 300, 145]);
  });
});
