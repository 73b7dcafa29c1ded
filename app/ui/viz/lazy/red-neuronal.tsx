'use client';

import dynamic from 'next/dynamic';

/**
 * <RedNeuronal> for MDX (neural network diagram): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const RedNeuronalLazy = dynamic(() => import('../red-neuronal/red-neuronal').then((m) => m.RedNeuronal));
