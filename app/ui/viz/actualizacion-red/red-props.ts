import { ETA_RANGE } from '../actualizacion-pesos/eta-slider';
import { numberListProp, numberProp, seedProp } from '../model/props';

/**
 * ActualizacionRed's MDX props: capas "2 H 1" with one hidden layer of 1 to 4 units
 * (default "2 3 1", so every weight fits the chart), eta in the slider's range (default
 * 0,1), semilla (default 4), pasos 10–1000 (default 200). Bad values fall back.
 */
export function parseRedProps(props: { capas?: string; eta?: string; semilla?: string; pasos?: string }) {
  let sizes = numberListProp(props.capas, [2, 3, 1], { minLength: 3, maxLength: 3, min: 1, max: 4, integer: true });
  if (sizes[0] !== 2 || sizes[2] !== 1) sizes = [2, 3, 1];
  return {
    sizes,
    eta: numberProp(props.eta, 0.1, ETA_RANGE.min, ETA_RANGE.max),
    seed: seedProp(props.semilla, 4),
    maxSteps: Math.round(numberProp(props.pasos, 200, 10, 1000)),
  };
}
