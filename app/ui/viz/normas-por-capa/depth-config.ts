import { choiceProp, seedProp } from '../model/props';

/** Depths the learner can pick: dense layers with weights (hidden layers + the output layer). */
export const DEPTHS = [2, 5, 10] as const;
export type Depth = (typeof DEPTHS)[number];

export const DEPTH_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type DepthActivation = (typeof DEPTH_ACTIVATIONS)[number];

/** 'normal': Xavier (sigmoid, tanh) or He (ReLU); 'grande': the same weights times {@link LARGE_GAIN}. */
export const WEIGHT_SCALES = ['normal', 'grande'] as const;
export type WeightScale = (typeof WEIGHT_SCALES)[number];

/** How much 'grande' multiplies every initial weight. */
export const LARGE_GAIN = 3;

export const ACTIVATION_LABELS: Record<DepthActivation, string> = { sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU' };

/** One training run of the depth experiment. */
export interface DepthConfig {
  readonly depth: Depth;
  readonly activation: DepthActivation;
  readonly scale: WeightScale;
  readonly seed: number;
}

/**
 * NormasPorCapa's MDX props (text): capas "2" | "5" | "10" (default 5), activacion
 * sigmoid | tanh | relu (default sigmoid), escala normal | grande (default normal), semilla.
 * Anything else falls back to the default.
 */
export function parseDepthProps(props: { capas?: string; activacion?: string; escala?: string; semilla?: string }): DepthConfig {
  const depth = Number(choiceProp(props.capas, ['2', '5', '10'] as const, '5')) as Depth;
  return {
    depth,
    activation: choiceProp(props.activacion, DEPTH_ACTIVATIONS, 'sigmoid'),
    scale: choiceProp(props.escala, WEIGHT_SCALES, 'normal'),
    seed: seedProp(props.semilla, 8),
  };
}
