import { describe, expect, it } from 'vitest';
import { firstStepNorms } from '@/app/ui/viz/gradiente-por-capa/first-step-norms';
import { logBars } from '@/app/ui/viz/gradiente-por-capa/log-bars';
import { DepthRun } from '@/app/ui/viz/normas-por-capa/depth-run';

describe('GradientePorCapa', () => {
  it('shows the norms of the first update of the NormasPorCapa run', () => {
    const config = { depth: 10, activation: 'sigmoid', scale: 'normal', seed: 8 } as const;
    const run = new DepthRun(config);
    run.run(1);
    expect(firstStepNorms(config)).toEqual(run.normsAt(0));
  });

  it('lays bars on a log axis spanning whole powers of ten', () => {
    const { lo, hi, fractions } = logBars([2e-7, 1e-3, 0.5]);
    expect(lo).toBe(-7);
    expect(hi).toBeCloseTo(0, 12);
    expect(fractions[1]).toBeCloseTo(4 / 7, 12);
    expect(fractions[2]).toBeCloseTo((Math.log10(0.5) + 7) / 7, 12);
  });

  it('gives zero-length bars to zero or non-finite norms and survives when all are zero', () => {
    const { lo, hi, fractions } = logBars([0, 0.1, Number.NaN]);
    expect([lo, hi]).toEqual([-2, -1]);
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(1, 12);
    expect(fractions[2]).toBe(0);
    expect(logBars([0, 0]).fractions).toEqual([0, 0]);
  });
});
