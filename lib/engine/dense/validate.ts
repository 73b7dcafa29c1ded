import { type Activation, checkActivation, DEFAULT_LEAKY_ALPHA } from '../activations';
import { EngineError } from '../errors';
import { checkInit, type InitName } from '../init';
import { checkLoss, type LossName } from '../losses';
import type { NetworkSpec, StepOptions } from './types';

/** A spec with every default filled in and every field checked. */
export interface ResolvedSpec {
  readonly sizes: number[];
  readonly activations: Activation[];
  readonly loss: LossName;
  readonly init: InitName;
  readonly seed: number;
  readonly leakyReluAlpha: number;
}

/** Checks sizes, activations, loss/output compatibility, init, seed and alpha; fills defaults. */
export function resolveSpec(spec: NetworkSpec): ResolvedSpec {
  const sizes = checkSizes(spec.sizes);
  const loss = checkLoss(spec.loss ?? 'mse', 'loss');
  const layers = sizes.length - 1;
  let activations: Activation[];
  if (spec.activations !== undefined) {
    if (!Array.isArray(spec.activations) || spec.activations.length !== layers) {
      throw new EngineError('SHAPE_MISMATCH', `activations has ${String(spec.activations?.length)} entries but sizes describes ${layers} layers`);
    }
    activations = spec.activations.map((a, l) => checkActivation(a, `activations[${l}]`));
  } else {
    const hidden = checkActivation(spec.hidden ?? 'tanh', 'hidden');
    const defaultOutput: Activation = loss === 'bce' ? 'sigmoid' : loss === 'softmaxCrossEntropy' ? 'softmax' : 'linear';
    const output = checkActivation(spec.output ?? defaultOutput, 'output');
    activations = Array.from({ length: layers }, (_, l) => (l === layers - 1 ? output : hidden));
  }
  activations.forEach((a, l) => {
    if (a === 'softmax' && l !== layers - 1) throw new EngineError('UNKNOWN_ACTIVATION', `softmax is only available on the output layer, not on layer ${l}`);
  });
  const output = activations[layers - 1]!;
  if (loss === 'bce' && output !== 'sigmoid') throw new EngineError('INCOMPATIBLE_LOSS', `bce needs a sigmoid output layer, got ${output}`);
  if (loss === 'softmaxCrossEntropy' && output !== 'softmax') throw new EngineError('INCOMPATIBLE_LOSS', `softmaxCrossEntropy needs a softmax output layer, got ${output}`);
  const init = checkInit(spec.init ?? 'xavier', 'init');
  const seed = spec.seed ?? 0;
  if (!Number.isSafeInteger(seed)) throw new EngineError('INVALID_OPTION', `seed must be a safe integer, got ${String(seed)}`);
  const leakyReluAlpha = spec.leakyReluAlpha ?? DEFAULT_LEAKY_ALPHA;
  if (!Number.isFinite(leakyReluAlpha)) throw new EngineError('INVALID_OPTION', `leakyReluAlpha must be finite, got ${String(leakyReluAlpha)}`);
  return { sizes, activations, loss, init, seed, leakyReluAlpha };
}

/** At least two layer sizes, each a positive integer (EMPTY_LAYER for a 0). */
export function checkSizes(sizes: unknown): number[] {
  if (!Array.isArray(sizes) || sizes.length < 2) throw new EngineError('SHAPE_MISMATCH', 'sizes needs at least an input and an output size, e.g. [2, 1]');
  sizes.forEach((n, l) => {
    if (n === 0) throw new EngineError('EMPTY_LAYER', `sizes[${l}] is 0; every layer needs at least one unit`);
    if (!Number.isSafeInteger(n) || (n as number) < 0) throw new EngineError('SHAPE_MISMATCH', `sizes[${l}] must be a positive integer, got ${String(n)}`);
  });
  return [...(sizes as number[])];
}

/** Learning rate ≥ 0, momentum in [0, 1), l1 and l2 ≥ 0, all finite (INVALID_OPTION otherwise). */
export function checkStepOptions(opts: StepOptions): void {
  const lr = opts.learningRate;
  const mom = opts.momentum ?? 0;
  const l1 = opts.l1 ?? 0;
  const l2 = opts.l2 ?? 0;
  if (!(lr >= 0 && lr < Infinity)) throw badOption('learningRate', lr, 'a finite number ≥ 0');
  if (!(mom >= 0 && mom < 1)) throw badOption('momentum', mom, 'a number in [0, 1)');
  if (!(l1 >= 0 && l1 < Infinity)) throw badOption('l1', l1, 'a finite number ≥ 0');
  if (!(l2 >= 0 && l2 < Infinity)) throw badOption('l2', l2, 'a finite number ≥ 0');
}

function badOption(name: string, value: unknown, expected: string): EngineError {
  return new EngineError('INVALID_OPTION', `${name} is ${String(value)}; expected ${expected}`);
}

/** Copies `src` into dst[dstOff..dstOff+n) after checking its length and that every value is finite. */
export function loadVector(src: ArrayLike<number>, dst: Float64Array, dstOff: number, n: number, what: string): void {
  if (src == null || src.length !== n) throw new EngineError('SHAPE_MISMATCH', `${what} has ${String(src?.length)} values, expected ${n}`);
  for (let i = 0; i < n; i++) {
    const v = src[i]!;
    if (!(typeof v === 'number' && v - v === 0)) throw new EngineError('NON_FINITE_INPUT', `${what}[${i}] is ${String(v)}, expected a finite number`);
    dst[dstOff + i] = v;
  }
}

/** Checks that x[off..off+n) is finite; `rowLength` turns the first bad index into row/column. */
export function checkFinite(x: Float64Array, off: number, n: number, rowLength: number, what: string): void {
  for (let i = 0; i < n; i++) {
    const v = x[off + i]!;
    if (!(v - v === 0)) {
      throw new EngineError('NON_FINITE_INPUT', `${what} row ${Math.floor(i / rowLength)}, column ${i % rowLength} is ${String(v)}, expected a finite number`);
    }
  }
}
