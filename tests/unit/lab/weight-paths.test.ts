import { describe, expect, it } from 'vitest';
import { Rng, createNetwork, type Activation, type Network } from '@/lib/engine';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';
import { nextPhase } from '@/app/ui/lab/model/phase-stepper';
import { pathProduct, pathRoute } from '@/app/ui/lab/model/chain-labels';
import { pathFactors, phaseExample, weightChain, type ChainExample, type ChainPath } from '@/app/ui/lab/model/weight-paths';

const HIDDEN: Activation[] = ['tanh', 'sigmoid', 'relu', 'linear'];

/** A random small network after one example's forward and backward pass. */
function randomCase(seed: number): { net: Network; ex: ChainExample } {
  const rng = new Rng(seed);
  const pick = (n: number) => Math.floor(rng.next() * n);
  const depth = pick(4);
  const sizes = [1 + pick(3), ...Array.from({ length: depth }, () => 1 + pick(4)), seed % 3 === 0 ? 2 : 1];
  const bce = seed % 2 === 1;
  const net = createNetwork({ sizes, hidden: HIDDEN[pick(4)], output: bce ? 'sigmoid' : 'tanh', loss: bce ? 'bce' : 'mse', init: 'xavier', seed });
  const x = Array.from({ length: sizes[0]! }, () => rng.next() * 4 - 2);
  const y = Array.from({ length: sizes.at(-1)! }, () => (bce ? pick(2) : rng.next() * 2 - 1));
  net.forward(x);
  net.zeroGradients();
  net.backward(y);
  return { net, ex: { x, y, loss: bce ? 'bce' : 'mse', layers: net.layers } };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('∂L/∂w as a sum over paths', () => {
  it('agrees with the engine’s backward pass for every weight of 60 random small networks', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { net, ex } = randomCase(seed);
      net.layers.forEach((layer, l) => {
        for (let to = 0; to < layer.nOut; to++) {
          for (let from = 0; from < layer.nIn; from++) {
            const chain = weightChain(ex, l, to, from);
            expect(close(chain.delta, layer.delta[to]!), `seed ${seed}, δ of layer ${l} unit ${to}`).toBe(true);
            expect(close(chain.gradient, layer.dW[to * layer.nIn + from]!), `seed ${seed}, w ${l}:${to}←${from}`).toBe(true);
          }
        }
      });
    }
  });

  it('counts every path (the product of the layer widths above) and shows the largest few, the rest as one sum', () => {
    const net = createNetwork({ sizes: [2, 3, 4, 3, 1], hidden: 'tanh', output: 'tanh', loss: 'mse', init: 'xavier', seed: 9 });
    net.forward([0.4, -1.1]);
    const ex: ChainExample = { x: [0.4, -1.1], y: [1], loss: 'mse', layers: net.layers };
    const chain = weightChain(ex, 0, 1, 0, 5);
    expect(chain.pathCount).toBe(4 * 3);
    expect(chain.shown).toHaveLength(5);
    const shownSum = chain.shown.reduce((s, p) => s + p.product, 0);
    expect(close(shownSum + chain.restSum, chain.delta)).toBe(true);
    const smallestShown = Math.min(...chain.shown.map((p) => Math.abs(p.product)));
    const all = Array.from({ length: 12 }, (_, k) => [1, Math.floor(k / 3), k % 3, 0]);
    const hidden = all.map((u) => pathFactors(ex, 0, u).reduce((p, f) => p * f.value, 1)).filter((p) => !chain.shown.some((s) => s.product === p));
    expect(Math.max(...hidden.map(Math.abs))).toBeLessThanOrEqual(smallestShown);
  });

  it('each path is f′(z_j), then w · f′(z) per layer, and ∂L/∂ŷ (or ∂L/∂z for cross-entropy) at the end', () => {
    const { ex } = randomCase(2);
    const mse = weightChain({ ...ex, loss: 'mse' }, 0, 0, 0).shown[0]!;
    expect(mse.factors.map((f) => f.kind)).toEqual([...mse.units.slice(0, -1).flatMap(() => ['fprime', 'w']), 'fprime', 'dLdy']);
    expect(mse.factors.reduce((p, f) => p * f.value, 1)).toBe(mse.product);
    const bce = weightChain({ ...ex, loss: 'bce' }, ex.layers.length - 1, 0, 0);
    expect(bce.shown.map((p) => p.factors.map((f) => f.kind))).toEqual([['dLdz']]);
  });

  it('reads a lab phase: at the backward phase the paths give the ∂L/∂w the phase shows', () => {
    const session = new LabSession({ ...DEFAULT_SETTINGS, hidden: [3, 2], seed: 4 });
    let phase = nextPhase(session, null);
    while (phase.phase !== 'backward') phase = nextPhase(session, phase);
    const chain = weightChain(phaseExample(session.net, phase), 0, 2, 1);
    expect(chain.pathCount).toBe(2);
    expect(close(chain.gradient, phase.layers[0]!.dW![2 * 2 + 1]!)).toBe(true);
  });
});

describe('a path as the panel writes it', () => {
  it('names the units it visits and writes its product with symbols, then numbers (negatives in parentheses)', () => {
    const path: ChainPath = {
      units: [1, 0],
      factors: [
        { kind: 'fprime', layer: 0, unit: 1, value: 0.5 },
        { kind: 'w', layer: 1, to: 0, from: 1, value: -2 },
        { kind: 'fprime', layer: 1, unit: 0, value: 0.25 },
        { kind: 'dLdy', unit: 0, value: 0.4 },
      ],
      product: -0.1,
    };
    expect(pathRoute(path, 0, 2)).toBe('n₂⁽¹⁾ → ŷ');
    expect(pathProduct(path)).toEqual({ symbols: 'f′(z₂⁽¹⁾) · w₁₂⁽²⁾ · f′(z₁⁽²⁾) · ∂L/∂ŷ', numbers: '0,5 · (−2) · 0,25 · 0,4 = −0,1' });
  });
});
