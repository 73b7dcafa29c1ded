import { Rng, value } from '@/lib/engine';
import type { Exercise } from './types';
import { pick, squaredError } from './u34-draw';

/**
 * A ReLU neuron of a two-input layer at one point: z = w₁x₁ + w₂x₂ + b and a = relu(z),
 * with ∂a/∂w₁ and ∂a/∂w₂ from backward (x₁ and x₂ when z > 0, both 0 otherwise). Inputs
 * are multiples of 0.5; b is redrawn while z = 0, so the point is never on the border.
 * Answer: a.
 */
export const reluActiveExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w1 = pick(rng, [-1.5, -1, -0.5, 0.5, 1, 1.5]);
  const w2 = pick(rng, [-1.5, -1, -0.5, 0.5, 1, 1.5]);
  const x1 = pick(rng, [-1, -0.5, 0.5, 1]);
  const x2 = pick(rng, [-1, -0.5, 0.5, 1]);
  let b = pick(rng, [-1, -0.5, 0, 0.5, 1]);
  while (w1 * x1 + w2 * x2 + b === 0) b = pick(rng, [-1, -0.5, 0.5, 1]);
  const w1v = value(w1, 'w1');
  const w2v = value(w2, 'w2');
  const z = w1v.mul(x1).add(w2v.mul(x2)).add(b);
  const a = z.relu();
  a.backward();
  return {
    variables: { w1, w2, b, x1, x2, z: z.data, a: a.data, gradW1: w1v.grad, gradW2: w2v.grad, active: z.data > 0 ? 1 : 0 },
    answer: a.data,
    decimals: 2,
  };
};

/** The inputs the dead-neuron exercise checks the neuron against: x from −1 to 1. */
const DATA_X = [-1, -0.5, 0, 0.5, 1];

/**
 * How one large step kills a ReLU neuron. h = relu(w·x + b), ŷ = v·h, L = ½(ŷ − y)², one
 * example at x = 0.5 whose prediction is too high, so backward pushes w and b down. With
 * η = 1 the new z is negative at every x of the data (the neuron is dead: backward then gives
 * 0 for w and b at every point); with η = 0.05 it stays active on part of the data.
 * Answer: the largest z over the data after the large step.
 */
export const deadNeuronExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const w = pick(rng, [0.5, 1]);
  const b = pick(rng, [0.5, 1]);
  const v = pick(rng, [1, 1.5, 2]);
  const y = pick(rng, [-1, -0.5, 0]);
  const x = 0.5;
  const wv = value(w, 'w');
  const bv = value(b, 'b');
  const yhat = wv.mul(x).add(bv).relu().mul(v);
  squaredError(yhat, y).backward();
  const step = (eta: number) => {
    const wNew = w - eta * wv.grad;
    const bNew = b - eta * bv.grad;
    return { wNew, bNew, zMax: Math.max(...DATA_X.map((xi) => value(wNew).mul(xi).add(bNew).data)) };
  };
  const big = step(1);
  const small = step(0.05);
  return {
    variables: {
      w, b, v, x, y, yhat: yhat.data, err: yhat.data - y, gradW: wv.grad, gradB: bv.grad,
      etaBig: 1, wBig: big.wNew, bBig: big.bNew, zMaxBig: big.zMax, gradAfter: gradientAfter(big.wNew, big.bNew, v, y),
      etaSmall: 0.05, wSmall: small.wNew, bSmall: small.bNew, zMaxSmall: small.zMax,
    },
    answer: big.zMax,
    decimals: 2,
  };
};

/** Σ over the data of |∂L/∂w| + |∂L/∂b| for the neuron (w, b), by backward at each point: 0 once it is dead. */
function gradientAfter(w: number, b: number, v: number, y: number): number {
  let total = 0;
  for (const xi of DATA_X) {
    const wv = value(w, 'w');
    const bv = value(b, 'b');
    squaredError(wv.mul(xi).add(bv).relu().mul(v), y).backward();
    total += Math.abs(wv.grad) + Math.abs(bv.grad);
  }
  return total;
}

/** Slope below zero of the leaky ReLU in this unit's exercises and visualizations. */
export const LEAKY_SLOPE = 0.1;

/**
 * A neuron switched off at the example (z < 0): h = f(w·x + b), ŷ = v·h, L = ½(ŷ − y)².
 * ∂L/∂w from backward with ReLU (exactly 0) and with leaky ReLU, α = 0.1 (small but not 0,
 * so the weight still moves). Answer: ∂L/∂w with leaky ReLU.
 */
export const leakyGradientExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const x = pick(rng, [1, 2]);
  const w = pick(rng, [-1.5, -1, -0.5]);
  const b = pick(rng, [-0.5, 0]);
  const v = pick(rng, [1, 1.5, 2]);
  const y = pick(rng, [1, 1.5, 2]);
  const grads = (leaky: boolean) => {
    const wv = value(w, 'w');
    const z = wv.mul(x).add(b);
    const yhat = (leaky ? z.leakyRelu(LEAKY_SLOPE) : z.relu()).mul(v);
    squaredError(yhat, y).backward();
    return { z: z.data, yhat: yhat.data, grad: wv.grad };
  };
  const relu = grads(false);
  const leaky = grads(true);
  return {
    variables: { x, w, b, v, y, alpha: LEAKY_SLOPE, z: relu.z, yhatRelu: relu.yhat, gradRelu: relu.grad, yhatLeaky: leaky.yhat, gradLeaky: leaky.grad, eta: 0.1, wNewLeaky: w - 0.1 * leaky.grad },
    answer: leaky.grad,
    decimals: 3,
  };
};
