import { describe, expect, it } from 'vitest';
import { createNetwork, value } from '@/lib/engine';
import { descend1D, stepOnce, verdict } from '@/app/ui/viz/model/descent-1d';
import { descend2D, verdict2D } from '@/app/ui/viz/model/descent-2d';
import { SURFACE_WINDOW, surfaceData } from '@/app/ui/viz/model/line-data';
import { LineFit } from '@/app/ui/viz/model/line-fit';
import { CURVES, lossAndSlope, sampleCurve } from '@/app/ui/viz/model/loss-curves';
import { isMinimum, recordMinimum } from '@/app/ui/viz/model/minima';

describe('one-weight curves', () => {
  it('take L and dL/dw from the engine: (w − 1)² at w = 3 is 4 with slope 4', () => {
    expect(lossAndSlope(CURVES.cuadratica, 3)).toEqual({ loss: 4, slope: 4 });
  });

  it('agree with a central finite difference of the loss', () => {
    for (const curve of Object.values(CURVES)) {
      for (const w of [-2.5, -0.3, 0.7, 2.2]) {
        const h = 1e-5;
        const numeric = (lossAndSlope(curve, w + h).loss - lossAndSlope(curve, w - h).loss) / (2 * h);
        expect(lossAndSlope(curve, w).slope).toBeCloseTo(numeric, 6);
      }
    }
  });

  it('sample the curve across its domain', () => {
    const samples = sampleCurve(CURVES.cuadratica, 5);
    expect(Array.from(samples)).toEqual([-3, 16, -1, 4, 1, 0, 3, 4, 5, 16]);
  });
});

describe('gradient descent on one weight', () => {
  it('matches repeated steps w ← w − η·grad with grad from Value.backward', () => {
    const run = descend1D(CURVES['minimos-locales'], 0.5, 0.3, 20);
    let w = 0.5;
    for (let k = 0; k <= 20; k++) {
      expect(run.w[k]).toBe(w);
      const p = value(w);
      const loss = p.pow(4).mul(0.05).sub(p.pow(2).mul(0.4)).add(p.mul(0.15)).add(1.3);
      loss.backward();
      expect(run.loss[k]).toBe(loss.data);
      w -= 0.3 * p.grad;
    }
    expect(stepOnce(CURVES['minimos-locales'], 0.5, 0.3)).toBe(run.w[1]);
  });

  it('calls the three default rates slow, good and diverging on the quadratic', () => {
    const [small, good, large] = [0.02, 0.4, 1.05].map((eta) => descend1D(CURVES.cuadratica, -2, eta, 30));
    expect(verdict(small!, 5)).toBe('lento');
    expect(verdict(good!, 3)).toBe('converge');
    expect(verdict(good!, 30)).toBe('converge');
    expect(verdict(large!, 5)).toBe('diverge');
    expect(large!.loss[30]!).toBeGreaterThan(large!.loss[0]!);
  });

  it('calls a rate between 0.5 and 1 oscillating: it jumps over the minimum but shrinks', () => {
    expect(verdict(descend1D(CURVES.cuadratica, -2, 0.8, 10), 2)).toBe('oscila');
  });

  it('stops before a non-finite value and reports divergence there, never storing NaN', () => {
    const run = descend1D(CURVES['minimos-locales'], 3, 2, 200);
    expect(run.count).toBeLessThan(201);
    expect(Array.from(run.loss.subarray(0, run.count)).every(Number.isFinite)).toBe(true);
    expect(verdict(run, run.count)).toBe('diverge');
  });

  it('ends in different minima of minimos-locales from different starts, and records each once', () => {
    const curve = CURVES['minimos-locales'];
    const left = descend1D(curve, -0.5, 0.1, 400);
    const right = descend1D(curve, 0.5, 0.1, 400);
    const wl = left.w[left.count - 1]!;
    const wr = right.w[right.count - 1]!;
    expect(wl).toBeCloseTo(-2.087, 2);
    expect(wr).toBeCloseTo(1.899, 2);
    expect(lossAndSlope(curve, wl).loss).toBeLessThan(lossAndSlope(curve, wr).loss);
    let found = recordMinimum(curve, [], wr);
    found = recordMinimum(curve, found, wl);
    found = recordMinimum(curve, found, wl + 0.001);
    expect(found).toEqual([wl, wr]);
  });

  it('does not take the maximum between the two valleys for a minimum', () => {
    const curve = CURVES['minimos-locales'];
    let w = 0.19;
    for (let k = 0; k < 50; k++) w += 0.5 * lossAndSlope(curve, w).slope; // gradient ascent to the maximum
    expect(Math.abs(lossAndSlope(curve, w).slope)).toBeLessThan(1e-3);
    expect(isMinimum(curve, w)).toBe(false);
  });
});

describe('gradient descent on (w, b)', () => {
  const data = surfaceData(5);

  it('gives the engine network’s loss and gradients at a point', () => {
    const fit = new LineFit(data);
    const point = fit.evaluate(0.5, -1, { loss: 0, dw: 0, db: 0 });
    let loss = 0;
    let dw = 0;
    let db = 0;
    const w = value(0.5);
    const b = value(-1);
    data.xs.forEach((x, i) => {
      const l = w.mul(x).add(b).sub(data.ys[i]!).pow(2).mul(0.5);
      l.backward();
      loss += l.data;
      dw += w.grad;
      db += b.grad;
    });
    expect(point.loss).toBeCloseTo(loss / data.xs.length, 12);
    expect(point.dw).toBeCloseTo(dw / data.xs.length, 12);
    expect(point.db).toBeCloseTo(db / data.xs.length, 12);
  });

  it('follows exactly the weights of repeated engine steps', () => {
    const path = descend2D(new LineFit(data), -1, 3, 0.1, 25);
    const net = createNetwork({ sizes: [1, 1], activations: ['linear'], loss: 'mse', init: 'zeros' });
    net.layers[0]!.W[0] = -1;
    net.layers[0]!.b[0] = 3;
    net.weightsChanged();
    for (let k = 0; k < 25; k++) {
      expect(path.w[k]).toBe(net.layers[0]!.W[0]);
      expect(path.b[k]).toBe(net.layers[0]!.b[0]);
      for (let i = 0; i < data.xs.length; i++) {
        net.forward([data.xs[i]!]);
        net.backward([data.ys[i]!]);
      }
      net.step({ learningRate: 0.1 });
    }
    expect(path.count).toBe(26);
    expect(path.ending).toBe('pasos');
  });

  it('lowers the loss with a small rate and reaches the flat bottom', () => {
    const path = descend2D(new LineFit(data), SURFACE_WINDOW.wMin, SURFACE_WINDOW.bMax, 0.5, 2000);
    for (let k = 1; k < path.count; k++) expect(path.loss[k]!).toBeLessThanOrEqual(path.loss[k - 1]! + 1e-12);
    expect(path.ending).toBe('minimo');
    expect(verdict2D(path, path.count - 1)).toBe('converge');
  });

  it('detects divergence with a rate that is far too large and stores no non-finite value', () => {
    const path = descend2D(new LineFit(data), 4, 3, 2.5, 3000);
    expect(path.ending).toBe('diverge');
    expect(path.count).toBeLessThan(3001);
    expect(verdict2D(path, 3)).toBe('diverge');
    expect(verdict2D(path, path.count)).toBe('diverge');
    expect(path.loss[path.count - 1]!).toBeGreaterThan(path.loss[0]!);
    expect(Array.from(path.loss.subarray(0, path.count)).every(Number.isFinite)).toBe(true);
  });
});
