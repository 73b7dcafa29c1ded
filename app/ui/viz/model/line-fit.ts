import { createNetwork, type Network } from '@/lib/engine';
import type { LineData } from './line-data';

/** L(w, b) and its gradient at one point. */
export interface LossPoint {
  loss: number;
  dw: number;
  db: number;
}

/**
 * The line ŷ = w·x + b as the engine's smallest network (one input, one linear unit, loss
 * 'mse'), so every loss and gradient comes from its forward and backward passes:
 * L(w, b) = (1/n) Σ ½(w·xᵢ + b − yᵢ)², ∂L/∂w = (1/n) Σ (ŷᵢ − yᵢ)·xᵢ, ∂L/∂b = (1/n) Σ (ŷᵢ − yᵢ).
 * Reuses its buffers: evaluating a point allocates nothing.
 */
export class LineFit {
  readonly net: Network = createNetwork({ sizes: [1, 1], activations: ['linear'], loss: 'mse', init: 'zeros' });
  private readonly x = new Float64Array(1);
  private readonly y = new Float64Array(1);

  constructor(readonly data: LineData) {}

  /** Loads (w, b), runs forward and backward over every point and writes L, ∂L/∂w, ∂L/∂b into `out`. */
  evaluate(w: number, b: number, out: LossPoint): LossPoint {
    const layer = this.net.layers[0]!;
    layer.W[0] = w;
    layer.b[0] = b;
    this.net.weightsChanged();
    this.net.zeroGradients();
    const { xs, ys } = this.data;
    let total = 0;
    for (let i = 0; i < xs.length; i++) {
      this.x[0] = xs[i]!;
      this.y[0] = ys[i]!;
      this.net.forward(this.x);
      total += this.net.backward(this.y);
    }
    const n = xs.length;
    out.loss = total / n;
    out.dw = layer.dW[0]! / n;
    out.db = layer.db[0]! / n;
    return out;
  }

  /**
   * The engine's SGD step from the point last evaluated, with learning rate η:
   * w ← w − η·∂L/∂w, b ← b − η·∂L/∂b. Returns the new (w, b), or null when the engine
   * reports divergence (a non-finite gradient or weight).
   */
  stepFromLast(eta: number): [number, number] | null {
    const report = this.net.step({ learningRate: eta });
    if (report.status !== 'ok') return null;
    const layer = this.net.layers[0]!;
    return [layer.W[0]!, layer.b[0]!];
  }
}
