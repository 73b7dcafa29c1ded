import { describe, expect, it } from 'vitest';
import { activationDerivative, value } from '@/lib/engine';
import { bestChainProduct, chainProduct, CURVE_NAMES, isSaturated, parseActivationsProps, sampleActivation, SATURATION_SHARE, valuesAt } from '@/app/ui/viz/activaciones/activation-model';
import { panelPlots, panelsAspect } from '@/app/ui/viz/activaciones/activation-panels';
import { barPercent, formatFactor } from '@/app/ui/viz/activaciones/bar-scale';

describe('Activaciones props', () => {
  it('reads the list of functions with aliases, in a fixed order, ignoring unknown words', () => {
    expect(parseActivationsProps({ funciones: 'leaky sigmoide tanh' }).names).toEqual(['sigmoid', 'tanh', 'leakyRelu']);
    expect(parseActivationsProps({ funciones: 'relu, relu; softmax' }).names).toEqual(['relu']);
  });

  it('falls back to all four, z = 1, 5 layers and α = 0,1 on bad or missing props', () => {
    const config = parseActivationsProps({ funciones: 'ninguna', z: '99', capas: 'tres', alfa: '-1' });
    expect(config).toEqual({ names: CURVE_NAMES, z: 1, layers: 5, alpha: 0.1 });
    expect(parseActivationsProps({ z: '-2,5', capas: '12', alfa: '0.01' })).toMatchObject({ z: -2.5, layers: 12, alpha: 0.01 });
  });
});

describe('Activaciones model', () => {
  it('shows the values of the engine, which match what backward gives for the scalar graph', () => {
    for (const z of [-4, -0.5, 0.3, 2]) {
      const zs = value(z);
      const a = zs.sigmoid();
      a.backward();
      expect(valuesAt('sigmoid', z, 0.1)).toEqual({ a: a.data, slope: zs.grad });
      const zl = value(z);
      const l = zl.leakyRelu(0.1);
      l.backward();
      expect(valuesAt('leakyRelu', z, 0.1)).toEqual({ a: l.data, slope: zl.grad });
    }
  });

  it('finds each derivative’s maximum and shades where it falls below 5 % of it', () => {
    const sigmoid = sampleActivation('sigmoid', 0.1);
    expect(sigmoid.maxSlope).toBe(0.25);
    expect(sigmoid.saturated).toHaveLength(2);
    const [[, leftEnd], [rightStart]] = sigmoid.saturated as [[number, number], [number, number]];
    expect(activationDerivative('sigmoid', leftEnd)).toBeLessThan(0.25 * SATURATION_SHARE);
    expect(activationDerivative('sigmoid', leftEnd + 0.05)).toBeGreaterThanOrEqual(0.25 * SATURATION_SHARE);
    expect(rightStart).toBeCloseTo(-leftEnd, 10);
    // tanh saturates at a smaller |z| than the sigmoid.
    expect(sampleActivation('tanh', 0.1).saturated[1]![0]).toBeLessThan(rightStart);
    // ReLU is flat (derivative 0) on the whole negative side, 0 included; leaky ReLU with α = 0,1 is not saturated, with α = 0,01 it is.
    expect(sampleActivation('relu', 0.1).saturated).toEqual([[-6, 0]]);
    expect(sampleActivation('leakyRelu', 0.1).saturated).toEqual([]);
    expect(sampleActivation('leakyRelu', 0.01).saturated).toEqual([[-6, 0]]);
    expect(isSaturated(sigmoid, 5, 0.1)).toBe(true);
    expect(isSaturated(sigmoid, 1, 0.1)).toBe(false);
  });

  it('multiplies one derivative per layer: σ′ ≤ 0,25 shrinks, ReLU holds or cuts, leaky keeps αᵏ', () => {
    expect(chainProduct('sigmoid', 0, 0.1, 5)).toBeCloseTo(0.25 ** 5, 15);
    expect(chainProduct('tanh', 2, 0.1, 3)).toBeCloseTo(activationDerivative('tanh', 2) ** 3, 15);
    expect(chainProduct('relu', 1.5, 0.1, 12)).toBe(1);
    expect(chainProduct('relu', -0.5, 0.1, 1)).toBe(0);
    expect(chainProduct('leakyRelu', -0.5, 0.1, 3)).toBeCloseTo(0.001, 15);
    expect(bestChainProduct(sampleActivation('sigmoid', 0.1), 3)).toBe(0.25 ** 3);
  });
});

describe('Activaciones drawing helpers', () => {
  it('keeps the box ratio fixed by the number of panels and places panels inside it', () => {
    expect(panelsAspect(4)).toBe('8 / 6.8');
    expect(panelsAspect(1)).toBe('4 / 3.4');
    const plots = panelPlots(3, 600, 510);
    expect(plots).toHaveLength(3);
    for (const p of plots) {
      expect(p.left + p.width).toBeLessThanOrEqual(600);
      expect(p.top + p.height).toBeLessThanOrEqual(510);
    }
  });

  it('maps factors to a logarithmic bar and labels tiny ones with a power of ten', () => {
    expect(barPercent(1)).toBe(100);
    expect(barPercent(1e-5)).toBeCloseTo(50, 10);
    expect(barPercent(0)).toBe(0);
    expect(barPercent(1e-20)).toBe(0);
    expect(formatFactor(0.25)).toBe('0,250');
    expect(formatFactor(0.25 ** 5)).toBe('9,8·10⁻⁴');
    expect(formatFactor(0)).toBe('0,000');
  });
});
