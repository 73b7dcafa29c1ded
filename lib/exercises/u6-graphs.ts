import { Rng, value, type Value } from '@/lib/engine';
import { drawAwayFromZero, drawRounded } from './u12-draw';

// The three graphs of Unit 6, drawn exactly as <GrafoCadena> draws them for the same seed
// (same order of draws, same operations), so a lesson's numbers match the figure beside it.

/** L = ½(ŷ − y)² from a prediction node. */
function halfSquaredError(yhat: Value, y: number): { gap: Value; loss: Value } {
  const gap = yhat.sub(value(y, 'y'));
  return { gap, loss: gap.pow(2).mul(0.5) };
}

/** ŷ = σ(w·x + b), L = ½(ŷ − y)², with backward run: the «neurona» graph. */
export function neuronGraph(seed: number, shiftW = 0) {
  const rng = new Rng(seed);
  const x = drawAwayFromZero(rng, -2, 2, 0.5);
  const w = drawAwayFromZero(rng, -1.5, 1.5, 0.3);
  const b = drawRounded(rng, -1, 1);
  const y = drawRounded(rng, 0, 1);
  const wv = value(w + shiftW, 'w');
  const bv = value(b, 'b');
  const z = wv.mul(value(x, 'x')).add(bv);
  const yhat = z.sigmoid();
  const { gap, loss } = halfSquaredError(yhat, y);
  loss.backward();
  return { x, w, b, y, z: z.data, yhat: yhat.data, gap: gap.data, loss: loss.data, gradW: wv.grad, gradB: bv.grad, gradZ: z.grad };
}

/** ŷ = tanh(w·x₁) + w·x₂, L = ½(ŷ − y)²: one weight reaching L by two paths. */
export function twoPathGraph(seed: number) {
  const rng = new Rng(seed);
  const w = drawAwayFromZero(rng, -1, 1, 0.2);
  const x1 = drawAwayFromZero(rng, -2, 2, 0.5);
  const x2 = drawAwayFromZero(rng, -2, 2, 0.5);
  const y = drawRounded(rng, -1, 1);
  const wv = value(w, 'w');
  const h = wv.mul(value(x1, 'x₁')).tanh();
  const yhat = h.add(wv.mul(value(x2, 'x₂')));
  const { gap, loss } = halfSquaredError(yhat, y);
  loss.backward();
  return { w, x1, x2, y, h: h.data, yhat: yhat.data, gap: gap.data, loss: loss.data, gradW: wv.grad, gradH: h.grad };
}

/** h₁ = tanh(w₁·x), h₂ = tanh(w₂·h₁), L = ½(h₂ − y)²: a long chain. */
export function longChainGraph(seed: number) {
  const rng = new Rng(seed);
  const x = drawAwayFromZero(rng, -1.5, 1.5, 0.5);
  const w1 = drawAwayFromZero(rng, -1.5, 1.5, 0.4);
  const w2 = drawAwayFromZero(rng, -2, 2, 0.5);
  const y = drawRounded(rng, -1, 1);
  const w1v = value(w1, 'w₁');
  const u1 = w1v.mul(value(x, 'x'));
  const h1 = u1.tanh();
  const u2 = value(w2, 'w₂').mul(h1);
  const h2 = u2.tanh();
  const { gap, loss } = halfSquaredError(h2, y);
  loss.backward();
  return { x, w1, w2, y, u1: u1.data, h1: h1.data, u2: u2.data, h2: h2.data, gap: gap.data, loss: loss.data, gradW1: w1v.grad, gradH1: h1.grad };
}
