'use client';

import dynamic from 'next/dynamic';

/** <Activaciones> for MDX (activations, their derivatives and the product along a chain), as its own chunk; see ./red-neuronal.tsx. */
export const ActivacionesLazy = dynamic(() => import('../activaciones/activaciones').then((m) => m.Activaciones));
