import type { Network } from './network';

/** What a training animation draws per layer. */
export interface LayerStats {
  readonly layer: number;
  /** ‖∂L/∂W‖_F and ‖∂L/∂b‖₂ of the mean gradient of the last accumulation (0 before any). */
  readonly gradientNormW: number;
  readonly gradientNormB: number;
  /** ‖W‖_F and ‖b‖₂. */
  readonly weightNorm: number;
  readonly biasNorm: number;
  /**
   * ReLU / leaky ReLU layers: units with z ≤ 0 for every example of the last batch (or of
   * the forward calls since the last step); null for other activations.
   */
  readonly deadUnits: number | null;
}

function norm(x: Float64Array): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k]! * x[k]!;
  return Math.sqrt(s);
}

/**
 * Per-layer statistics. Gradient norms come from dW/db divided by the number of examples
 * summed; after a batch of one trained by the fused path, where dW is not materialised,
 * they come from the rank-one identity ‖δ aᵀ‖_F = ‖δ‖₂·‖a‖₂.
 */
export function layerStats(net: Network): LayerStats[] {
  const count = net.gradientCount > 0 ? net.gradientCount : net.lastGradientCount;
  return net.layers.map((layer, l) => {
    let gw: number;
    let gb: number;
    if (net.gradientFromDelta && net.gradientCount === 0) {
      const input = l === 0 ? net.input : net.layers[l - 1]!.a;
      gb = norm(layer.delta);
      gw = gb * norm(input);
    } else {
      gw = count > 0 ? norm(layer.dW) / count : 0;
      gb = count > 0 ? norm(layer.db) / count : 0;
    }
    const relu = layer.activation === 'relu' || layer.activation === 'leakyRelu';
    let dead = 0;
    if (relu) for (let j = 0; j < layer.nOut; j++) if (layer.active[j] !== net.stamp) dead++;
    return { layer: l, gradientNormW: gw, gradientNormB: gb, weightNorm: norm(layer.W), biasNorm: norm(layer.b), deadUnits: relu ? dead : null };
  });
}
