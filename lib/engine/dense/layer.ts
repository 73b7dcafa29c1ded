import type { Activation } from '../activations';

/** Numeric activation codes used by the kernels. */
export const ACT_LINEAR = 0;
export const ACT_SIGMOID = 1;
export const ACT_TANH = 2;
export const ACT_RELU = 3;
export const ACT_LEAKY = 4;
export const ACT_SOFTMAX = 5;

const CODES: Record<Activation, number> = { linear: 0, sigmoid: 1, tanh: 2, relu: 3, leakyRelu: 4, softmax: 5 };

/** Examples processed together by the blocked mini-batch kernels. */
export const BLOCK = 4;

/**
 * One dense layer, a = f(z), z = W·x + b, with every array preallocated:
 * W is nOut × nIn row-major (W[j·nIn + i] connects input i to unit j).
 * z, a, fp (f'(z)) and delta (δ = ∂L/∂z) belong to the most recent example; dW and db hold Σ ∂L/∂W and
 * Σ ∂L/∂b over the examples accumulated since the last step (see Network.gradientCount);
 * vW and vb are the momentum velocities.
 */
export class DenseLayer {
  readonly W: Float64Array;
  readonly b: Float64Array;
  readonly z: Float64Array;
  readonly a: Float64Array;
  readonly delta: Float64Array;
  /** f'(z), the activation's local derivative per unit, for the most recent example. */
  readonly fp: Float64Array;
  readonly dW: Float64Array;
  readonly db: Float64Array;
  readonly vW: Float64Array;
  readonly vb: Float64Array;
  /** Activity period in which the unit last had z > 0 (dead-unit statistics, see Network.stamp). */
  readonly active: Uint32Array;
  /** Numeric activation code used by the kernels. */
  readonly act: number;
  /** Block buffers: z, a, δ and f'(z) of BLOCK examples, row b at offset b·nOut (internal). */
  readonly zBlock: Float64Array;
  readonly aBlock: Float64Array;
  readonly dBlock: Float64Array;
  readonly fpBlock: Float64Array;
  /** Upper bounds of max|W| and max|vW| used to prove weights finite without a scan (internal). */
  wBound = Number.NaN;
  vBound = Number.NaN;

  constructor(
    readonly index: number,
    readonly nIn: number,
    readonly nOut: number,
    readonly activation: Activation,
  ) {
    this.act = CODES[activation];
    this.W = new Float64Array(nIn * nOut);
    this.b = new Float64Array(nOut);
    this.z = new Float64Array(nOut);
    this.a = new Float64Array(nOut);
    this.delta = new Float64Array(nOut);
    this.fp = new Float64Array(nOut);
    this.dW = new Float64Array(nIn * nOut);
    this.db = new Float64Array(nOut);
    this.vW = new Float64Array(nIn * nOut);
    this.vb = new Float64Array(nOut);
    this.active = new Uint32Array(nOut);
    this.zBlock = new Float64Array(BLOCK * nOut);
    this.aBlock = new Float64Array(BLOCK * nOut);
    this.dBlock = new Float64Array(BLOCK * nOut);
    this.fpBlock = new Float64Array(BLOCK * nOut);
  }
}
