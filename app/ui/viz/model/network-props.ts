import { DIAGRAM_ACTIVATIONS, type DiagramActivation } from './network-forward';
import { choiceProp, numberListProp, seedProp } from './props';

export interface NetworkDiagramProps {
  capas?: string;
  activacion?: string;
  semilla?: string;
  entrada?: string;
  modo?: string;
}

export interface NetworkDiagramConfig {
  readonly sizes: number[];
  readonly activation: DiagramActivation;
  readonly seed: number;
  readonly inputs: number[];
  readonly mode: 'estatico' | 'forward';
}

const DEFAULT_SIZES = [2, 3, 1];

/**
 * Reads RedNeuronal's text props: capas "2 3 1" (2 to 5 layers of 1 to 6 units), activacion,
 * semilla, entrada (one number per input unit in [−10, 10], else a default pattern) and modo.
 */
export function parseNetworkDiagramProps(props: NetworkDiagramProps): NetworkDiagramConfig {
  const sizes = numberListProp(props.capas, DEFAULT_SIZES, { minLength: 2, maxLength: 5, min: 1, max: 6, integer: true });
  const fallbackInputs = Array.from({ length: sizes[0]! }, (_, i) => (i % 2 === 0 ? 0.5 : -1));
  const inputs = numberListProp(props.entrada, fallbackInputs, { minLength: sizes[0]!, maxLength: sizes[0]!, min: -10, max: 10 });
  return {
    sizes,
    activation: choiceProp(props.activacion, DIAGRAM_ACTIVATIONS, 'sigmoid'),
    seed: seedProp(props.semilla, 7),
    inputs,
    mode: choiceProp(props.modo, ['estatico', 'forward'] as const, 'forward'),
  };
}
