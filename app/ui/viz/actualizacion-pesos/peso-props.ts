import { choiceProp, numberListProp, numberProp, seedProp } from '../model/props';
import { CHAIN_WEIGHTS, type ChainSetup, type ChainWeight, seededChain } from './chain-network';
import { ETA_RANGE } from './eta-slider';

export interface PesoConfig {
  readonly setup: ChainSetup;
  readonly which: ChainWeight;
  readonly eta: number;
}

/**
 * ActualizacionPeso's MDX props: semilla (default 4) draws the chain, or red gives it as
 * "x w₁ b₁ w₂ b₂ y" (six numbers in [−5, 5], as a lesson's worked example); ajusta "w1" | "w2"
 * (default w2) names the weight to update; peso in [−5, 5] overrides that weight's start
 * (else the seeded one); eta in the slider's range (default 0,1). Bad values fall back.
 */
export function parsePesoProps(props: { peso?: string; eta?: string; semilla?: string; ajusta?: string; red?: string }): PesoConfig {
  const given = numberListProp(props.red, [], { minLength: 6, maxLength: 6, min: -5, max: 5 });
  const [x, w1, b1, w2, b2, y] = given;
  const seeded = given.length === 6 ? { x: x!, y: y!, w1: w1!, b1: b1!, w2: w2!, b2: b2! } : seededChain(seedProp(props.semilla, 4));
  const which = choiceProp<ChainWeight>(props.ajusta, CHAIN_WEIGHTS, 'w2');
  return { setup: { ...seeded, [which]: numberProp(props.peso, seeded[which], -5, 5) }, which, eta: numberProp(props.eta, 0.1, ETA_RANGE.min, ETA_RANGE.max) };
}
