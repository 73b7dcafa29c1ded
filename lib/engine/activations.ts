import { EngineError } from './errors';
import { exp } from './math/exp';
import { tanh } from './math/tanh';

/** Activation functions of the engine; 'softmax' acts on a whole layer and only as an output. */
export type Activation = 'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softmax';

/** Every activation name, in a stable order. */
export const ACTIVATIONS: readonly Activation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softmax'];

/** Slope of leakyRelu for negative inputs unless a network or op says otherwise. */
export const DEFAULT_LEAKY_ALPHA = 0.01;

/** Throws UNKNOWN_ACTIVATION unless `name` is one of {@link ACTIVATIONS}; `where` names the field. */
export function checkActivation(name: unknown, where: string): Activation {
  if (typeof name === 'string' && (ACTIVATIONS as readonly string[]).includes(name)) return name as Activation;
  throw new EngineError('UNKNOWN_ACTIVATION', `${where} is ${JSON.stringify(name)}; expected one of ${ACTIVATIONS.join(', ')}`);
}

/** σ(x) = 1 / (1 + e^(−x)); σ'(x) = σ(x)·(1 − σ(x)). */
export function sigmoid(x: number): number {
  return 1 / (1 + exp(-x));
}

/**
 * f(x) for an elementwise activation: linear x, sigmoid σ(x), tanh, relu max(0, x)
 * (NaN passes through), leakyRelu x for x ≥ 0 and αx below. Throws for 'softmax',
 * which needs the whole layer (see the dense kernels and the scalar Layer).
 */
export function activate(name: Activation, x: number, alpha = DEFAULT_LEAKY_ALPHA): number {
  switch (name) {
    case 'linear':
      return x;
    case 'sigmoid':
      return sigmoid(x);
    case 'tanh':
      return tanh(x);
    case 'relu':
      return x < 0 ? 0 : x;
    case 'leakyRelu':
      return x < 0 ? alpha * x : x;
    default:
      throw new EngineError('UNKNOWN_ACTIVATION', `activate() handles elementwise activations only, got ${JSON.stringify(name)}`);
  }
}

/**
 * f'(x) for an elementwise activation: 1, σ(x)(1 − σ(x)), 1 − tanh²x, [x > 0], and
 * 1 or α for leakyRelu (the derivative at exactly 0 is taken as 0 for relu, α for leakyRelu).
 */
export function activationDerivative(name: Activation, x: number, alpha = DEFAULT_LEAKY_ALPHA): number {
  switch (name) {
    case 'linear':
      return 1;
    case 'sigmoid': {
      const s = sigmoid(x);
      return s * (1 - s);
    }
    case 'tanh': {
      const t = tanh(x);
      return 1 - t * t;
    }
    case 'relu':
      return x > 0 ? 1 : 0;
    case 'leakyRelu':
      return x > 0 ? 1 : alpha;
    default:
      throw new EngineError('UNKNOWN_ACTIVATION', `activationDerivative() handles elementwise activations only, got ${JSON.stringify(name)}`);
  }
}
