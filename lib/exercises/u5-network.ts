import { createNetwork, Rng } from '@/lib/engine';
import { drawAwayFromZero, pick } from './u12-draw';

/** Nudge given to the first hidden unit's z in the "key intuition" example. */
export const Z_NUDGE = 0.1;

/**
 * Unit 5's worked network, drawn from a seed: inputs x₁, x₂; hidden units h₁, h₂ with weights
 * wⱼᵢ (from input i to hidden j); outputs ŷ₁, ŷ₂ with weights vₖⱼ (from hidden j to output k);
 * sigmoid everywhere, biases 0, targets y₁ ≠ y₂ in {0, 1}; L = ½ Σ (ŷₖ − yₖ)².
 * Forward and backward run in the engine's dense network. Returns every number the lessons
 * show: zh, h, sh = σ′(zh) (hidden); zo, o = ŷ, err = ŷ − y, so = σ′(zo), do = δ (output);
 * tjk = vₖⱼ·δₖ (the terms hidden unit j receives), sumj, dhj = δ (hidden); gvkj = ∂L/∂vₖⱼ,
 * gwji = ∂L/∂wⱼᵢ; L; and the loss after z of h₁ grows by Z_NUDGE (lossNudged, dLexact, dLpred).
 * Draws are repeated until every δ and every term is large enough to read at three decimals.
 */
export function unitFiveNetwork(seed: number): Record<string, number> {
  const rng = new Rng(seed);
  for (;;) {
    const values = computeNetwork(rng);
    const readable = ['err1', 'err2'].every((k) => Math.abs(values[k]!) >= 0.2) && ['t11', 't12', 't21', 't22', 'dh1', 'dh2', 'gw11', 'gw12'].every((k) => Math.abs(values[k]!) >= 0.004);
    if (readable) return values;
  }
}

function computeNetwork(rng: Rng): Record<string, number> {
  const [x1, x2] = [0, 1].map(() => drawAwayFromZero(rng, -2, 2, 0.5)) as [number, number];
  const [w11, w12, w21, w22] = [0, 1, 2, 3].map(() => drawAwayFromZero(rng, -1.5, 1.5, 0.3)) as [number, number, number, number];
  const [v11, v12, v21, v22] = [0, 1, 2, 3].map(() => drawAwayFromZero(rng, -2, 2, 0.5)) as [number, number, number, number];
  const [y1, y2] = pick(rng, [[1, 0], [0, 1]] as const);

  const net = createNetwork({ sizes: [2, 2, 2], activations: ['sigmoid', 'sigmoid'], loss: 'mse', init: 'zeros', seed: 0 });
  const hidden = net.layers[0]!;
  const output = net.layers[1]!;
  hidden.W.set([w11, w12, w21, w22]);
  output.W.set([v11, v12, v21, v22]);
  net.weightsChanged();
  net.forward([x1, x2]);
  net.zeroGradients();
  const L = net.backward([y1, y2]);
  const do1 = output.delta[0]!;
  const do2 = output.delta[1]!;
  const values: Record<string, number> = {
    x1, x2, w11, w12, w21, w22, v11, v12, v21, v22, y1, y2, L,
    zh1: hidden.z[0]!, zh2: hidden.z[1]!, h1: hidden.a[0]!, h2: hidden.a[1]!, sh1: hidden.fp[0]!, sh2: hidden.fp[1]!,
    zo1: output.z[0]!, zo2: output.z[1]!, o1: output.a[0]!, o2: output.a[1]!, err1: output.a[0]! - y1, err2: output.a[1]! - y2,
    so1: output.fp[0]!, so2: output.fp[1]!, do1, do2,
    t11: v11 * do1, t12: v21 * do2, t21: v12 * do1, t22: v22 * do2,
    dh1: hidden.delta[0]!, dh2: hidden.delta[1]!,
    gv11: output.dW[0]!, gv12: output.dW[1]!, gv21: output.dW[2]!, gv22: output.dW[3]!,
    gw11: hidden.dW[0]!, gw12: hidden.dW[1]!, gw21: hidden.dW[2]!, gw22: hidden.dW[3]!,
  };
  values.sum1 = values.t11! + values.t12!;
  values.sum2 = values.t21! + values.t22!;

  // A bias shifts z one for one, so nudging b of h₁ is nudging its z.
  hidden.b[0] = Z_NUDGE;
  net.weightsChanged();
  const lossNudged = net.lossOf([x1, x2], [y1, y2]);
  return { ...values, eps: Z_NUDGE, lossNudged, dLexact: lossNudged - L, dLpred: values.dh1! * Z_NUDGE };
}
