import { describe, expect, it } from 'vitest';
import { masteryFor } from '@/lib/server/data/progress/mastery';

const mastery = (bestScore: number | null, latestScore?: number) => masteryFor({ unitId: 'u1', bestScore, latestScore });

describe('masteryFor with best and latest scores', () => {
  it('needs the latest attempt to hold up for each level', () => {
    expect(mastery(0.95, 0.9)).toBe('MASTERED');
    expect(mastery(0.9, 0.7)).toBe('MASTERED');
    expect(mastery(0.95, 0.69)).toBe('PROFICIENT');
    expect(mastery(0.8, 0.5)).toBe('PROFICIENT');
    expect(mastery(0.95, 0.3)).toBe('FAMILIAR');
    expect(mastery(0.6, 0.6)).toBe('FAMILIAR');
    expect(mastery(0, 0)).toBe('FAMILIAR');
  });

  it('reads the best as the latest when only the best is known, and NOT_STARTED before any submission', () => {
    expect(mastery(0.9)).toBe('MASTERED');
    expect(mastery(null)).toBe('NOT_STARTED');
  });
});
