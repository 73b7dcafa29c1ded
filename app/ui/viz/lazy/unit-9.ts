import { ActivacionesLazy } from './activaciones';
import { RegionesReluLazy } from './regiones-relu';

/**
 * Visualizations Unit 9's lessons use, by the name MDX uses. Each value is a lazy wrapper
 * (next/dynamic, like ./red-neuronal.tsx) so a page downloads only the code it shows.
 */
export const unitNineVisuals = {
  Activaciones: ActivacionesLazy,
  RegionesRelu: RegionesReluLazy,
};
