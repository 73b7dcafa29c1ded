import { describe, expect, it } from 'vitest';
import { CheckTracker } from '@/app/ui/progress/check-tracker';
import { questionId } from '@/app/ui/mdx/question-id';

describe('CheckTracker', () => {
  it('reports completion once, when the last of the lesson’s questions is answered', () => {
    const tracker = new CheckTracker();
    tracker.register('u1-l1', 'a');
    tracker.register('u1-l1', 'b');
    expect(tracker.answer('u1-l1', 'a')).toBe(false);
    expect(tracker.answer('u1-l1', 'a')).toBe(false);
    expect(tracker.answer('u1-l1', 'b')).toBe(true);
    expect(tracker.answer('u1-l1', 'b')).toBe(false);
  });

  it('keeps lessons apart and forgets unmounted questions', () => {
    const tracker = new CheckTracker();
    tracker.register('u1-l1', 'a');
    const forget = tracker.register('u1-l1', 'b');
    tracker.register('u1-l2', 'c');
    forget();
    expect(tracker.answer('u1-l1', 'a')).toBe(true);
    expect(tracker.answer('u1-l2', 'd')).toBe(false);
    expect(tracker.answer('u1-l2', 'c')).toBe(true);
  });
});

describe('questionId', () => {
  it('is stable, differs between texts and fits the activity schema’s slug', () => {
    expect(questionId('¿Cuánto vale σ(0)?')).toBe(questionId('¿Cuánto vale σ(0)?'));
    expect(questionId('¿Cuánto vale σ(0)?')).not.toBe(questionId('¿Cuánto vale σ(1)?'));
    expect(questionId('x')).toMatch(/^p-[0-9a-f]{8}$/);
  });
});
