import { CURVE_NAMES, CURVES, type CurveName } from './loss-curves';
import { DIAGRAM_ACTIVATIONS, type DiagramActivation } from './network-forward';
import { choiceProp, numberListProp, numberProp, seedProp } from './props';
import { TOY_DATASETS, type ToyDatasetName } from './toy-datasets';

// Each visualization's MDX props (always text) and what they become. Bad values fall back
// to the defaults documented here; nothing throws.

/** ErrorDistancia: dimension "1" | "2" (default 1), semilla. */
export function parseErrorDistanceProps(props: { dimension?: string; semilla?: string }) {
  return { dimension: choiceProp(props.dimension, ['1', '2'] as const, '1'), seed: seedProp(props.semilla, 3) };
}

/** SuperficiePerdida: vista "contorno" | "3d" | "ambas" (default), semilla, tasa in (0, 2] (default 0,1). */
export function parseSurfaceProps(props: { vista?: string; semilla?: string; tasa?: string }) {
  return {
    view: choiceProp(props.vista, ['contorno', '3d', 'ambas'] as const, 'ambas'),
    seed: seedProp(props.semilla, 5),
    eta: numberProp(props.tasa, 0.1, 1e-4, 2),
  };
}

/** DescensoGradiente: tasas (three η in (0, 2], default "0.02 0.4 1.05"), semilla, funcion. */
export function parseDescentProps(props: { tasas?: string; semilla?: string; funcion?: string }) {
  const rates = numberListProp(props.tasas, [0.02, 0.4, 1.05], { minLength: 3, maxLength: 3, min: 1e-4, max: 2 }) as [number, number, number];
  return { rates, seed: seedProp(props.semilla, 11), curve: choiceProp<CurveName>(props.funcion, CURVE_NAMES, 'cuadratica') };
}

/** Pendiente1D: funcion, tasa in (0, 2] (default 0,1), inicio inside the curve's domain (default 3 or 0,5). */
export function parseSlopeProps(props: { funcion?: string; tasa?: string; inicio?: string }) {
  const curve = choiceProp<CurveName>(props.funcion, CURVE_NAMES, 'cuadratica');
  const [lo, hi] = CURVES[curve].domain;
  return { curve, eta: numberProp(props.tasa, 0.1, 1e-4, 2), start: numberProp(props.inicio, curve === 'cuadratica' ? 3 : 0.5, lo, hi) };
}

/** CurvaPerdida: capas (2 inputs … 1 output, default "2 4 1"), activacion, tasa, epocas, semilla, datos. */
export function parseLossCurveProps(props: { capas?: string; activacion?: string; tasa?: string; epocas?: string; semilla?: string; datos?: string }) {
  let sizes = numberListProp(props.capas, [2, 4, 1], { minLength: 2, maxLength: 5, min: 1, max: 16, integer: true });
  if (sizes[0] !== 2 || sizes[sizes.length - 1] !== 1) sizes = [2, 4, 1];
  return {
    sizes,
    activation: choiceProp<DiagramActivation>(props.activacion, DIAGRAM_ACTIVATIONS, 'tanh'),
    eta: numberProp(props.tasa, 0.5, 1e-4, 10),
    epochs: Math.round(numberProp(props.epocas, 300, 10, 5000)),
    seed: seedProp(props.semilla, 1),
    data: choiceProp<ToyDatasetName>(props.datos, TOY_DATASETS, 'xor'),
  };
}
