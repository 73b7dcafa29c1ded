import { GrafoCadenaLazy } from './grafo-cadena';

/**
 * Visualizations Unit 6's lessons use, by the name MDX uses. Each value is a lazy wrapper
 * (next/dynamic, like ./red-neuronal.tsx) so a page downloads only the code it shows.
 */
export const unitSixVisuals = { GrafoCadena: GrafoCadenaLazy };
