import { describe, expect, it } from 'vitest';
import { retryDelay } from '@/app/ui/progress/backoff';

const options = { baseMs: 1000, maxMs: 60_000 };

describe('retryDelay', () => {
  it('doubles per attempt up to the cap', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => retryDelay(attempt, () => 1, options));
    expect(ceilings).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('keeps at least half the delay and spreads the rest at random', () => {
    expect(retryDelay(3, () => 0, options)).toBe(4000);
    expect(retryDelay(3, () => 0.999, options)).toBeLessThanOrEqual(8000);
    const spread = new Set(Array.from({ length: 50 }, (_, i) => retryDelay(3, () => i / 50, options)));
    expect(spread.size).toBe(50);
  });
});
