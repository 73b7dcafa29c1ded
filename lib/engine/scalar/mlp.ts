import { type Activation, checkActivation, DEFAULT_LEAKY_ALPHA } from '../activations';
import { EngineError } from '../errors';
import { checkInit, type InitName, initWeights } from '../init';
import { Rng } from '../rng';
import type { Trace } from './trace';
import { type Operand, sum, Value } from './value';

/** One unit: z = b + Σ wᵢxᵢ, summed left to right from the bias (as the dense kernels do). */
export class Neuron {
  constructor(
    readonly w: Value[],
    readonly b: Value,
  ) {}

  /** The pre-activation z for inputs `x`. */
  forward(x: readonly Operand[]): Value {
    if (x.length !== this.w.length) throw new EngineError('SHAPE_MISMATCH', `neuron has ${this.w.length} weights but got ${x.length} inputs`);
    let z = this.b;
    for (let i = 0; i < this.w.length; i++) z = z.add(this.w[i]!.mul(x[i]!));
    return z;
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

/** A layer of neurons and its activation; softmax acts on the layer's z as a whole. */
export class Layer {
  constructor(
    readonly neurons: Neuron[],
    readonly activation: Activation,
    readonly alpha: number = DEFAULT_LEAKY_ALPHA,
  ) {}

  /** z and a = f(z) for inputs `x`; z_j is labelled z{index}_{j}, a_j a{index}_{j}. */
  forward(x: readonly Operand[], index = 0): { z: Value[]; a: Value[] } {
    const z = this.neurons.map((n, j) => {
      const v = n.forward(x);
      v.label = `z${index}_${j}`;
      return v;
    });
    const a = applyActivation(this.activation, z, this.alpha);
    a.forEach((v, j) => {
      if (v !== z[j]) v.label = `a${index}_${j}`;
    });
    return { z, a };
  }

  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

/**
 * f(z) on Values: elementwise ops, or softmax p_k = e^(z_k − m) / Σ_j e^(z_j − m) with
 * m = max z taken as a constant (softmax is shift-invariant, so gradients are unchanged).
 */
export function applyActivation(activation: Activation, z: readonly Value[], alpha = DEFAULT_LEAKY_ALPHA): Value[] {
  switch (activation) {
    case 'linear':
      return [...z];
    case 'sigmoid':
      return z.map((v) => v.sigmoid());
    case 'tanh':
      return z.map((v) => v.tanh());
    case 'relu':
      return z.map((v) => v.relu());
    case 'leakyRelu':
      return z.map((v) => v.leakyRelu(alpha));
    case 'softmax': {
      let m = z[0]!.data;
      for (const v of z) if (v.data > m) m = v.data;
      const e = z.map((v) => v.sub(m).exp());
      const s = sum(e);
      return e.map((v) => v.div(s));
    }
  }
}

/** A multilayer perceptron of scalar Values, micrograd's MLP, for lessons that draw the graph. */
export class MLP {
  constructor(readonly layers: Layer[]) {}

  /** Output activations for inputs `x` (numbers or Values). */
  forward(x: readonly Operand[]): Value[] {
    return this.forwardLayers(x).at(-1)!.a;
  }

  /** z and a of every layer, for drawing each stage. */
  forwardLayers(x: readonly Operand[]): { z: Value[]; a: Value[] }[] {
    const out: { z: Value[]; a: Value[] }[] = [];
    let input = x;
    this.layers.forEach((layer, l) => {
      const r = layer.forward(input, l);
      out.push(r);
      input = r.a;
    });
    return out;
  }

  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }

  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = 0;
  }
}

/** Options of {@link createMlp}. */
export interface MlpSpec {
  readonly sizes: readonly number[];
  readonly activations: readonly Activation[];
  /** Default 'uniform' (U(−0.5, 0.5)); biases start at 0. */
  readonly init?: InitName;
  readonly seed?: number;
  readonly leakyReluAlpha?: number;
  /** Record parameters (and everything computed from them) in this trace. */
  readonly trace?: Trace;
}

/** Builds an MLP with parameters labelled w{l}_{j}_{i} and b{l}_{j}. */
export function createMlp(spec: MlpSpec): MLP {
  const rng = new Rng(spec.seed ?? 0);
  const init = checkInit(spec.init ?? 'uniform', 'init');
  if (spec.activations.length !== spec.sizes.length - 1) throw new EngineError('SHAPE_MISMATCH', `activations has ${spec.activations.length} entries for ${spec.sizes.length - 1} layers`);
  const layers = spec.activations.map((act, l) => {
    const nIn = spec.sizes[l]!;
    const nOut = spec.sizes[l + 1]!;
    if (nIn < 1 || nOut < 1) throw new EngineError('EMPTY_LAYER', `layer ${l} has ${nIn} inputs and ${nOut} units; both must be ≥ 1`);
    const w = new Float64Array(nIn * nOut);
    initWeights(w, nIn, nOut, init, rng);
    return layerFromArrays(l, nIn, nOut, checkActivation(act, `activations[${l}]`), w, new Float64Array(nOut), spec.leakyReluAlpha, spec.trace);
  });
  return new MLP(layers);
}

/** A Layer whose weights come from a row-major nOut × nIn array `w` and biases `b`. */
export function layerFromArrays(l: number, nIn: number, nOut: number, act: Activation, w: Float64Array, b: Float64Array, alpha?: number, trace?: Trace): Layer {
  const neurons: Neuron[] = [];
  for (let j = 0; j < nOut; j++) {
    const ws: Value[] = [];
    for (let i = 0; i < nIn; i++) ws.push(new Value(w[j * nIn + i]!, { label: `w${l}_${j}_${i}`, trace }));
    neurons.push(new Neuron(ws, new Value(b[j]!, { label: `b${l}_${j}`, trace })));
  }
  return new Layer(neurons, act, alpha);
}
