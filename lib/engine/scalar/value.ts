import { DEFAULT_LEAKY_ALPHA, sigmoid } from '../activations';
import { exp } from '../math/exp';
import { log } from '../math/log';
import { pow } from '../math/pow';
import { tanh } from '../math/tanh';
import { topologicalOrder } from './topo';
import type { Trace } from './trace';

/** The operation that produced a Value; 'leaf' for inputs and parameters, 'const' for wrapped numbers. */
export type ValueOp = 'leaf' | 'const' | 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'pow' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu' | 'leakyRelu';

/** A Value or a plain number (wrapped into a 'const' leaf). */
export type Operand = Value | number;

const NONE: readonly Value[] = [];
const NO_LOCAL: readonly number[] = [];

/** Options of a leaf Value. */
export interface ValueOptions {
  readonly label?: string;
  /** Record this leaf and every value computed from it in `trace`. */
  readonly trace?: Trace;
}

const NO_OPTIONS: ValueOptions = {};

/**
 * A scalar in a computation graph, micrograd's shape: `data`, `grad` (∂root/∂this after
 * backward), its `parents` and the `op` that made it. Each op also stores `local`, the
 * local derivatives ∂this/∂parent_i, which is what backward multiplies by and what a
 * drawing puts on the edges.
 */
export class Value {
  data: number;
  grad = 0;
  label: string;
  readonly op: ValueOp;
  readonly parents: readonly Value[];
  readonly local: readonly number[];
  /** Exponent of 'pow', slope of 'leakyRelu'; undefined otherwise. */
  readonly param: number | undefined;
  readonly trace: Trace | null;

  /**
   * `new Value(data, { label, trace })` makes a leaf. The remaining parameters are how the
   * operations build their results (micrograd's `Value(data, _children, _op)`).
   */
  constructor(
    data: number,
    options: ValueOptions = NO_OPTIONS,
    op: ValueOp = 'leaf',
    parents: readonly Value[] = NONE,
    local: readonly number[] = NO_LOCAL,
    param?: number,
    trace: Trace | null = options.trace ?? null,
  ) {
    this.data = data;
    this.label = options.label ?? '';
    this.op = op;
    this.parents = parents;
    this.local = local;
    this.param = param;
    this.trace = trace;
    trace?.recordForward(this);
  }

  private lift(other: Operand): Value {
    return other instanceof Value ? other : new Value(other, { label: String(other) }, 'const', NONE, NO_LOCAL, undefined, this.trace);
  }

  private unary(data: number, op: ValueOp, local: number, param?: number): Value {
    return new Value(data, NO_OPTIONS, op, [this], [local], param, this.trace);
  }

  private binary(other: Value, data: number, op: ValueOp, localA: number, localB: number): Value {
    return new Value(data, NO_OPTIONS, op, [this, other], [localA, localB], undefined, this.trace ?? other.trace);
  }

  /** a + b; ∂/∂a = 1, ∂/∂b = 1. */
  add(other: Operand): Value {
    const o = this.lift(other);
    return this.binary(o, this.data + o.data, 'add', 1, 1);
  }

  /** a − b; ∂/∂a = 1, ∂/∂b = −1. */
  sub(other: Operand): Value {
    const o = this.lift(other);
    return this.binary(o, this.data - o.data, 'sub', 1, -1);
  }

  /** a·b; ∂/∂a = b, ∂/∂b = a. */
  mul(other: Operand): Value {
    const o = this.lift(other);
    return this.binary(o, this.data * o.data, 'mul', o.data, this.data);
  }

  /** a / b; ∂/∂a = 1/b, ∂/∂b = −a/b². */
  div(other: Operand): Value {
    const o = this.lift(other);
    return this.binary(o, this.data / o.data, 'div', 1 / o.data, -this.data / (o.data * o.data));
  }

  /** −a; ∂/∂a = −1. */
  neg(): Value {
    return this.unary(-this.data, 'neg', -1);
  }

  /** aⁿ for a number n; ∂/∂a = n·aⁿ⁻¹. */
  pow(n: number): Value {
    return this.unary(pow(this.data, n), 'pow', n * pow(this.data, n - 1), n);
  }

  /** eᵃ; ∂/∂a = eᵃ. */
  exp(): Value {
    const e = exp(this.data);
    return this.unary(e, 'exp', e);
  }

  /** ln a; ∂/∂a = 1/a. */
  log(): Value {
    return this.unary(log(this.data), 'log', 1 / this.data);
  }

  /** tanh a; ∂/∂a = 1 − tanh²a. */
  tanh(): Value {
    const t = tanh(this.data);
    return this.unary(t, 'tanh', 1 - t * t);
  }

  /** σ(a) = 1/(1 + e⁻ᵃ); ∂/∂a = σ(a)(1 − σ(a)). */
  sigmoid(): Value {
    const s = sigmoid(this.data);
    return this.unary(s, 'sigmoid', s * (1 - s));
  }

  /** max(0, a) (micrograd: 0 if a < 0 else a); ∂/∂a = 1 if a > 0 else 0. */
  relu(): Value {
    const a = this.data;
    return this.unary(a < 0 ? 0 : a, 'relu', a > 0 ? 1 : 0);
  }

  /** a if a ≥ 0 else αa; ∂/∂a = 1 if a > 0 else α. */
  leakyRelu(alpha = DEFAULT_LEAKY_ALPHA): Value {
    const a = this.data;
    return this.unary(a < 0 ? alpha * a : a, 'leakyRelu', a > 0 ? 1 : alpha, alpha);
  }

  /**
   * Reverse-mode autodiff from this node: grad = 1 here, then in reverse topological
   * order every node adds local_i·grad to parent_i.grad (the chain rule). By default all
   * grads in the graph are reset to 0 first; `accumulate: true` keeps micrograd's
   * behaviour of adding to existing grads. Records backward events if traced.
   */
  backward(options: { accumulate?: boolean } = {}): void {
    const order = topologicalOrder(this);
    if (!options.accumulate) for (const v of order) v.grad = 0;
    this.grad = 1;
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      for (let p = 0; p < v.parents.length; p++) v.parents[p]!.grad += v.local[p]! * v.grad;
      this.trace?.recordBackward(v);
    }
  }
}

/** A leaf Value (an input or a parameter). */
export function value(data: number, options: ValueOptions | string = {}): Value {
  return new Value(data, typeof options === 'string' ? { label: options } : options);
}

/** Σ values, left to right (((v₀ + v₁) + v₂) + …); a single value is returned as is. */
export function sum(values: readonly Value[]): Value {
  let s = values[0]!;
  for (let k = 1; k < values.length; k++) s = s.add(values[k]!);
  return s;
}
