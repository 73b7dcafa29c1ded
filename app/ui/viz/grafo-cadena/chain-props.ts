import { choiceProp, seedProp } from '../model/props';
import { EXPRESSIONS, type ExpressionName } from './expressions';

export interface ChainGraphProps {
  expresion?: string;
  semilla?: string;
}

/** GrafoCadena's text props: expresion "neurona" (default) | "dos-caminos" | "cadena-larga", semilla (default 3). */
export function parseChainGraphProps(props: ChainGraphProps): { expression: ExpressionName; seed: number } {
  return { expression: choiceProp(props.expresion, EXPRESSIONS, 'neurona'), seed: seedProp(props.semilla, 3) };
}
