import { RetropropagacionCapasLazy } from './retropropagacion-capas';

/**
 * Visualizations Unit 5's lessons use, by the name MDX uses. Each value is a lazy wrapper
 * (next/dynamic, like ./red-neuronal.tsx) so a page downloads only the code it shows.
 */
export const unitFiveVisuals = {
  RetropropagacionCapas: RetropropagacionCapasLazy,
};
