import { GradientePorCapaLazy } from './gradiente-por-capa';
import { NormasPorCapaLazy } from './normas-por-capa';

/**
 * Visualizations Unit 8's lessons use, by the name MDX uses. Each value is a lazy wrapper
 * (next/dynamic, like ./red-neuronal.tsx) so a page downloads only the code it shows.
 */
export const unitEightVisuals = {
  NormasPorCapa: NormasPorCapaLazy,
  GradientePorCapa: GradientePorCapaLazy,
};
