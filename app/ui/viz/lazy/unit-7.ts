import { ActualizacionPesoLazy } from './actualizacion-peso';
import { ActualizacionRedLazy } from './actualizacion-red';

/**
 * Visualizations Unit 7's lessons use, by the name MDX uses. Each value is a lazy wrapper
 * (next/dynamic, like ./red-neuronal.tsx) so a page downloads only the code it shows.
 */
export const unitSevenVisuals = { ActualizacionPeso: ActualizacionPesoLazy, ActualizacionRed: ActualizacionRedLazy };
