import { describe, expect, it } from 'vitest';
import { gradeAttempt, gradeQuestion, numericTolerance, parseDecimal } from '@/lib/quiz/grade';
import type { GivenAnswer, KeyEntry } from '@/lib/quiz/types';

const numeric = (answer: number, tolerance = { absolute: 0.01, relative: 0 }, decimals = 2): Extract<KeyEntry, { type: 'numeric' }> => ({
  type: 'numeric',
  answer,
  decimals,
  tolerance,
});

describe('parseDecimal', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    [' -1,25 ', -1.25],
    ['−3', -3],
    ['+2', 2],
    ['.5', 0.5],
    [',75', 0.75],
    ['7.', 7],
  ])('reads %j as %d', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', 'abc', '1,000.5', '1.2.3', '1e3', '--1', '0x10', 'NaN', 'Infinity'])('refuses %j', (text) => expect(parseDecimal(text)).toBeNull());
});

describe('gradeQuestion', () => {
  it('single choice: only the right option', () => {
    const key: KeyEntry = { type: 'single', answer: 'b' };
    expect(gradeQuestion('q', key, 'b')).toEqual({ questionId: 'q', correct: true, points: 1 });
    expect(gradeQuestion('q', key, 'a')).toEqual({ questionId: 'q', correct: false, points: 0 });
    expect(gradeQuestion('q', key, null).points).toBe(0);
  });

  it('multiple choice: exact set is right; partial credit is hits minus wrong picks, never below zero', () => {
    const key: KeyEntry = { type: 'multiple', answer: ['a', 'b', 'c'] };
    expect(gradeQuestion('q', key, ['c', 'a', 'b'])).toMatchObject({ correct: true, points: 1 });
    expect(gradeQuestion('q', key, ['a', 'b'])).toMatchObject({ correct: false, points: 2 / 3 });
    expect(gradeQuestion('q', key, ['a', 'b', 'd'])).toMatchObject({ correct: false, points: 1 / 3 });
    expect(gradeQuestion('q', key, ['a', 'b', 'c', 'd', 'e'])).toMatchObject({ correct: false, points: 1 / 3 });
    expect(gradeQuestion('q', key, ['d', 'e'])).toMatchObject({ correct: false, points: 0 });
  });

  it('ordering: exact order is right; partial credit counts consecutive steps kept together', () => {
    const key: KeyEntry = { type: 'ordering', answer: ['a', 'b', 'c', 'd'] };
    expect(gradeQuestion('q', key, ['a', 'b', 'c', 'd'])).toMatchObject({ correct: true, points: 1 });
    // d moved to the front: a→b and b→c survive.
    expect(gradeQuestion('q', key, ['d', 'a', 'b', 'c'])).toMatchObject({ correct: false, points: 2 / 3 });
    expect(gradeQuestion('q', key, ['d', 'c', 'b', 'a'])).toMatchObject({ correct: false, points: 0 });
  });

  it('numeric: within max(absolute, relative·|right|), commas and points alike', () => {
    expect(gradeQuestion('q', numeric(0.4962), '0,50').correct).toBe(true);
    expect(gradeQuestion('q', numeric(0.4962), '0.49').correct).toBe(true);
    expect(gradeQuestion('q', numeric(0.4962), '0.48').correct).toBe(false);
    expect(gradeQuestion('q', numeric(-2.5), '−2,5').correct).toBe(true);
    expect(gradeQuestion('q', numeric(200, { absolute: 0, relative: 0.05 }), '209').correct).toBe(true);
    expect(gradeQuestion('q', numeric(200, { absolute: 0, relative: 0.05 }), '211').correct).toBe(false);
    expect(gradeQuestion('q', numeric(1), 'uno').correct).toBe(false);
  });

  it('numeric: a learner who rounds to the digits asked is right even with no tolerance written', () => {
    const entry = numeric(0.125, { absolute: 0, relative: 0 }, 2);
    expect(numericTolerance(entry)).toBeCloseTo(0.005, 8);
    expect(gradeQuestion('q', entry, '0.13').correct).toBe(true);
    expect(gradeQuestion('q', entry, '0.12').correct).toBe(true);
    expect(gradeQuestion('q', entry, '0.14').correct).toBe(false);
  });
});

describe('gradeAttempt', () => {
  it('scores the points over every question, blanks counting zero', () => {
    const key = new Map<string, KeyEntry>([
      ['q1', { type: 'single', answer: 'a' }],
      ['q2', { type: 'multiple', answer: ['a', 'b'] }],
      ['q3', numeric(1)],
      ['q4', { type: 'single', answer: 'c' }],
    ]);
    const graded = gradeAttempt(key, new Map<string, GivenAnswer>([['q1', 'a'], ['q2', ['a']], ['q3', '1,00']]));
    expect(graded.results.map((result) => result.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(graded.correctCount).toBe(2);
    expect(graded.score).toBe(0.625);
  });
});
