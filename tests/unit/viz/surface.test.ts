import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, contourLevels } from '@/app/ui/viz/model/contour';
import { descentArrowTip } from '@/app/ui/viz/model/gradient-arrow';
import { SURFACE_WINDOW, surfaceData } from '@/app/ui/viz/model/line-data';
import { LineFit } from '@/app/ui/viz/model/line-fit';
import { gridB, gridW, interpolate, sampleLossGrid } from '@/app/ui/viz/model/loss-grid';
import { drawOrder, project, unproject, type View3D } from '@/app/ui/viz/model/projection';
import { surfaceModel } from '@/app/ui/viz/model/surface-model';
import { MESH_STEP } from '@/app/ui/viz/draw/surface-3d';

describe('loss grid', () => {
  const fit = new LineFit(surfaceData(5));
  const grid = sampleLossGrid(fit, SURFACE_WINDOW, 21);

  it('holds the engine’s loss at every lattice point, corners included', () => {
    const point = { loss: 0, dw: 0, db: 0 };
    for (const [i, j] of [[0, 0], [20, 0], [0, 20], [20, 20], [7, 13]] as const) {
      expect(gridW(grid, i)).toBeCloseTo(i === 0 ? SURFACE_WINDOW.wMin : i === 20 ? SURFACE_WINDOW.wMax : gridW(grid, i), 12);
      expect(grid.values[j * 21 + i]).toBe(fit.evaluate(gridW(grid, i), gridB(grid, j), point).loss);
    }
    expect(grid.min).toBe(Math.min(...grid.values));
    expect(grid.max).toBe(Math.max(...grid.values));
  });

  it('interpolates exactly at lattice points and between neighbours elsewhere', () => {
    expect(interpolate(grid, 7, 13)).toBe(grid.values[13 * 21 + 7]);
    const mid = interpolate(grid, 7.5, 13);
    const [a, b] = [grid.values[13 * 21 + 7]!, grid.values[13 * 21 + 8]!];
    expect(mid).toBeCloseTo((a + b) / 2, 12);
    expect(interpolate(grid, -5, 40)).toBe(grid.values[20 * 21]);
  });
});

describe('contour levels', () => {
  it('are increasing, strictly inside (min, max), and quadratically spaced', () => {
    const levels = contourLevels(2, 102, 5);
    expect(Array.from(levels)).toEqual([6, 18, 38, 66]);
  });

  it('put a value in the band of the levels at or below it', () => {
    const levels = contourLevels(0, 100, 5); // 4, 16, 36, 64
    expect(bandOf(0, levels)).toBe(0);
    expect(bandOf(4, levels)).toBe(1);
    expect(bandOf(20, levels)).toBe(2);
    expect(bandOf(1000, levels)).toBe(4);
  });

  it('assign bands that never decrease as the value grows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (p, q) => {
        const levels = contourLevels(0, 50, 9);
        return p <= q ? bandOf(p, levels) <= bandOf(q, levels) : bandOf(p, levels) >= bandOf(q, levels);
      }),
    );
  });
});

describe('3-D projection', () => {
  const view: View3D = { yaw: 0.7, pitch: 0.6, scale: 120, cx: 200, cy: 180, height: 1.2 };

  it('is inverted by unproject', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        (u, v, h, yaw) => {
          const out = new Float64Array(3);
          const turned = { ...view, yaw };
          project(turned, u, v, h, out);
          const [u2, v2, h2] = unproject(turned, out[0]!, out[1]!, out[2]!);
          return Math.abs(u2 - u) < 1e-9 && Math.abs(v2 - v) < 1e-9 && Math.abs(h2 - h) < 1e-9;
        },
      ),
    );
  });

  it('puts the centre of the floor at the screen centre and raises higher points', () => {
    const out = new Float64Array(6);
    project(view, 0, 0, 0, out, 0);
    project(view, 0, 0, 1, out, 3);
    expect([out[0], out[1]]).toEqual([200, 180]);
    expect(out[4]!).toBeLessThan(out[1]!);
    expect(out[5]!).toBeLessThan(out[2]!); // higher is nearer a viewer looking down
  });

  it('gives the same picture after a full turn and keeps distances on the floor', () => {
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    project(view, 0.3, -0.8, 0.5, a);
    project({ ...view, yaw: view.yaw + 2 * Math.PI }, 0.3, -0.8, 0.5, b);
    for (let k = 0; k < 3; k++) expect(b[k]).toBeCloseTo(a[k]!, 9);
    const flat = { ...view, pitch: 0 };
    project(flat, 1, 0, 0, a);
    project(flat, -1, 0, 0, b);
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeLessThanOrEqual(2 * view.scale + 1e-9);
  });

  it('draws far cells first: the first corner visited is the furthest', () => {
    for (const yaw of [0.3, 1.9, -2.5, -0.8]) {
      const { iStep, jStep } = drawOrder(yaw);
      const corner = (u: number, v: number) => {
        const out = new Float64Array(3);
        project({ ...view, yaw }, u, v, 0, out);
        return out[2]!;
      };
      const first = corner(iStep === 1 ? -1 : 1, jStep === 1 ? -1 : 1);
      for (const [u, v] of [[-1, -1], [-1, 1], [1, -1], [1, 1]] as const) expect(first).toBeGreaterThanOrEqual(corner(u, v) - 1e-12);
    }
  });
});

describe('the −∇L arrow', () => {
  it('points downhill from the current point, with the engine’s loss at its tip', () => {
    const fit = new LineFit(surfaceData(5));
    const here = fit.evaluate(3, -1, { loss: 0, dw: 0, db: 0 });
    const { dw, db, loss } = { ...here };
    const [w, b, tipLoss] = descentArrowTip(fit, 3, -1, dw, db, 0.9);
    expect(Math.hypot(w - 3, b + 1)).toBeCloseTo(0.9 * Math.min(1, Math.hypot(dw, db) / 0.5), 12);
    expect((w - 3) * dw + (b + 1) * db).toBeLessThan(0);
    expect(tipLoss).toBeLessThan(loss);
    expect(descentArrowTip(fit, 3, -1, 0, 0, 0.9).slice(0, 2)).toEqual([3, -1]);
  });
});

describe('the surface model', () => {
  it('is sampled once per seed and fits the 3-D mesh exactly', () => {
    const model = surfaceModel(5);
    expect(surfaceModel(5)).toBe(model);
    expect(surfaceModel(6)).not.toBe(model);
    expect((model.grid.n - 1) % MESH_STEP).toBe(0);
    expect(model.levels).toHaveLength(9);
    expect(model.levels[0]!).toBeGreaterThan(model.grid.min);
    expect(model.levels[8]!).toBeLessThan(model.grid.max);
  });
});
