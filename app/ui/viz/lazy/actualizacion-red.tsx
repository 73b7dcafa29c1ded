'use client';

import dynamic from 'next/dynamic';

/** <ActualizacionRed> for MDX (all weights of a small network updated step by step): a separate chunk, rendered on the server like ./red-neuronal.tsx. */
export const ActualizacionRedLazy = dynamic(() => import('../actualizacion-red/actualizacion-red').then((m) => m.ActualizacionRed));
