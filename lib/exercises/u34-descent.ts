import { value } from '@/lib/engine';
import { squaredError } from './u34-draw';

/** One weight, one example, no bias: L(w) = ½(w·x − y)², with dL/dw = (w·x − y)·x from backward. */
export function lossAndSlope(w: number, x: number, y: number): { loss: number; slope: number } {
  const wv = value(w, 'w');
  const loss = squaredError(wv.mul(x), y);
  loss.backward();
  return { loss: loss.data, slope: wv.grad };
}

export interface DescentPath {
  /** w₀, w₁, …, w_steps. */
  weights: number[];
  /** L(w₀), …, L(w_steps). */
  losses: number[];
  /** dL/dw at w₀, …, w_{steps−1}. */
  slopes: number[];
}

/** Gradient descent w ← w − η·dL/dw on L(w) = ½(w·x − y)², `steps` times from w₀. */
export function descend(x: number, y: number, w0: number, eta: number, steps: number): DescentPath {
  const path: DescentPath = { weights: [w0], losses: [], slopes: [] };
  let w = w0;
  for (let t = 0; t < steps; t++) {
    const { loss, slope } = lossAndSlope(w, x, y);
    path.losses.push(loss);
    path.slopes.push(slope);
    w -= eta * slope;
    path.weights.push(w);
  }
  path.losses.push(lossAndSlope(w, x, y).loss);
  return path;
}
