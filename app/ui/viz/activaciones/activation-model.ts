import { activate, activationDerivative, type Activation } from '@/lib/engine';
import { numberProp } from '../model/props';

/** The four hidden-layer activations this unit compares. */
export type CurveName = Extract<Activation, 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu'>;
export const CURVE_NAMES: readonly CurveName[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu'];
export const CURVE_LABELS: Readonly<Record<CurveName, string>> = { sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'leaky ReLU' };

/** How an author may write each name in `funciones="…"`. */
const ALIASES: Readonly<Record<string, CurveName>> = {
  sigmoid: 'sigmoid',
  sigmoide: 'sigmoid',
  tanh: 'tanh',
  relu: 'relu',
  leaky: 'leakyRelu',
  leakyrelu: 'leakyRelu',
};

/** The z axis every panel shares: wide enough to show where the sigmoid goes flat (|z| > 4,4). */
export const Z_DOMAIN = [-6, 6] as const;
/** Below this share of its own maximum, a derivative counts as "saturated" (shaded). */
export const SATURATION_SHARE = 0.05;
const SAMPLE_STEP = 0.05;

export interface ActivationsConfig {
  readonly names: readonly CurveName[];
  readonly z: number;
  readonly layers: number;
  /** Slope of leaky ReLU below 0; 0,1 by default so it can be seen (the engine's default is 0,01). */
  readonly alpha: number;
}

/** `funciones="sigmoid tanh relu leaky"` (default all four, repeats ignored), `z` in [−6, 6], `capas` 1–12, `alfa` in [0, 0,5]. */
export function parseActivationsProps(props: { funciones?: string; z?: string; capas?: string; alfa?: string }): ActivationsConfig {
  const asked = (props.funciones ?? '').toLowerCase().split(/[\s,;]+/).map((word) => ALIASES[word]);
  const names = CURVE_NAMES.filter((name) => asked.includes(name));
  return {
    names: names.length > 0 ? names : CURVE_NAMES,
    z: numberProp(props.z, 1, Z_DOMAIN[0], Z_DOMAIN[1]),
    layers: Math.round(numberProp(props.capas, 5, 1, 12)),
    alpha: numberProp(props.alfa, 0.1, 0, 0.5),
  };
}

/** a(z) and a′(z) from the engine's activation functions. */
export function valuesAt(name: CurveName, z: number, alpha: number): { a: number; slope: number } {
  return { a: activate(name, z, alpha), slope: activationDerivative(name, z, alpha) };
}

/** One activation drawn over {@link Z_DOMAIN}: samples of a and a′, the largest a′ and the saturated z intervals. */
export interface CurveSamples {
  readonly name: CurveName;
  readonly z: Float64Array;
  readonly a: Float64Array;
  readonly slope: Float64Array;
  readonly maxSlope: number;
  readonly saturated: readonly (readonly [number, number])[];
}

export function sampleActivation(name: CurveName, alpha: number): CurveSamples {
  const count = Math.round((Z_DOMAIN[1] - Z_DOMAIN[0]) / SAMPLE_STEP) + 1;
  const z = new Float64Array(count);
  const a = new Float64Array(count);
  const slope = new Float64Array(count);
  let maxSlope = 0;
  for (let i = 0; i < count; i++) {
    // Integer multiples of the step, so z = 0 (where sigmoid's a′ peaks and ReLU's kinks) is sampled exactly.
    z[i] = Math.round((Z_DOMAIN[0] + i * SAMPLE_STEP) * 100) / 100;
    const v = valuesAt(name, z[i]!, alpha);
    a[i] = v.a;
    slope[i] = v.slope;
    maxSlope = Math.max(maxSlope, v.slope);
  }
  return { name, z, a, slope, maxSlope, saturated: saturatedIntervals(z, slope, maxSlope * SATURATION_SHARE) };
}

/** Maximal runs of samples whose derivative is below `threshold`, as [from, to] in z. */
function saturatedIntervals(z: Float64Array, slope: Float64Array, threshold: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= z.length; i++) {
    const flat = i < z.length && slope[i]! < threshold;
    if (flat && start < 0) start = i;
    if (!flat && start >= 0) {
      runs.push([z[start]!, z[i - 1]!]);
      start = -1;
    }
  }
  return runs;
}

/**
 * What survives of the gradient after crossing `layers` activations that all receive this
 * z: the product a′(z)·a′(z)·…, multiplied out one factor at a time like backward does.
 */
export function chainProduct(name: CurveName, z: number, alpha: number, layers: number): number {
  const factor = activationDerivative(name, z, alpha);
  let product = 1;
  for (let k = 0; k < layers; k++) product *= factor;
  return product;
}

/** The same product where each activation is steepest: the best the gradient can do. */
export function bestChainProduct(samples: CurveSamples, layers: number): number {
  let product = 1;
  for (let k = 0; k < layers; k++) product *= samples.maxSlope;
  return product;
}

/** Whether the derivative at z is below {@link SATURATION_SHARE} of its maximum (inside a shaded interval). */
export function isSaturated(samples: CurveSamples, z: number, alpha: number): boolean {
  return valuesAt(samples.name, z, alpha).slope < samples.maxSlope * SATURATION_SHARE;
}
