import { choiceProp, numberProp, seedProp } from '../model/props';

/** 'regiones': a network already trained with a sensible η, to explore; 'muertas': untrained, with training controls. */
export type ReluMode = 'regiones' | 'muertas';
export type HiddenKind = 'relu' | 'leakyRelu';

export interface ReluConfig {
  readonly mode: ReluMode;
  readonly hidden: number;
  readonly activation: HiddenKind;
  readonly eta: number;
  readonly seed: number;
  /** Epochs trained before the first picture (regiones mode only). */
  readonly pretrain: number;
}

/**
 * `<RegionesRelu modo="regiones|muertas" neuronas="4" activacion="relu|leaky" eta="0.3" semilla="1" />`.
 * Defaults depend on the mode: regiones → 4 neurons, η = 0,3, seed 1, 300 epochs already
 * trained; muertas → 8 neurons, η = 10, seed 4 (a seed where η = 10 kills every neuron and
 * leaky ReLU brings most back). Bad values fall back to those defaults.
 */
export function parseReluProps(props: { modo?: string; neuronas?: string; activacion?: string; eta?: string; semilla?: string }): ReluConfig {
  const mode = choiceProp(props.modo, ['regiones', 'muertas'] as const, 'regiones');
  const regions = mode === 'regiones';
  const kind = choiceProp(props.activacion, ['relu', 'leaky'] as const, 'relu');
  return {
    mode,
    hidden: Math.round(numberProp(props.neuronas, regions ? 4 : 8, 2, 8)),
    activation: kind === 'leaky' ? 'leakyRelu' : 'relu',
    eta: numberProp(props.eta, regions ? 0.3 : 10, 0.001, 20),
    seed: seedProp(props.semilla, regions ? 1 : 4),
    pretrain: regions ? 300 : 0,
  };
}
