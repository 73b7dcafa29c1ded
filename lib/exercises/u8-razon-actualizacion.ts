import { Rng } from '@/lib/engine';
import type { Exercise } from './types';
import { drawRounded, pick, randomSign } from './u34-draw';
import { layerWithDelta } from './u8-norma-capa';

function frobenius(values: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k]! * values[k]!;
  return Math.sqrt(s);
}

/**
 * The size of one update relative to the weights it changes, ‖ΔW‖/‖W‖, measured on the
 * engine: a 2×2 layer takes one SGD step with rate η on ∂L/∂W = δ·aᵀ, and ΔW is the
 * difference of its weights after and before. Half the seeds send a large δ (a warning sign).
 */
export const updateRatioExercise: Exercise = (seed) => {
  const rng = new Rng(seed);
  const weights = Array.from({ length: 4 }, () => randomSign(rng) * drawRounded(rng, 0.2, 1, 1));
  const a1 = drawRounded(rng, 0.2, 1, 1);
  const a2 = drawRounded(rng, 0.2, 1, 1);
  const scale = pick(rng, [0.5, 4]);
  const d1 = randomSign(rng) * drawRounded(rng, 0.2, 1, 1) * scale;
  const d2 = randomSign(rng) * drawRounded(rng, 0.2, 1, 1) * scale;
  const eta = pick(rng, [0.1, 0.5]);
  const net = layerWithDelta(weights, [a1, a2], [d1, d2]);
  const layer = net.layers[0]!;
  const before = Float64Array.from(layer.W);
  net.step({ learningRate: eta });
  const change = Float64Array.from(layer.W, (w, k) => w - before[k]!);
  const [w11, w12, w21, w22] = weights as [number, number, number, number];
  return {
    variables: { w11, w12, w21, w22, a1, a2, d1, d2, eta, gradNorm: net.stats()[0]!.gradientNormW, weightNorm: frobenius(before), updateNorm: frobenius(change) },
    answer: frobenius(change) / frobenius(before),
    decimals: 2,
  };
};
