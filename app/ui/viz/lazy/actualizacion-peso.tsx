'use client';

import dynamic from 'next/dynamic';

/** <ActualizacionPeso> for MDX (one weight before and after an update): a separate chunk, rendered on the server like ./red-neuronal.tsx. */
export const ActualizacionPesoLazy = dynamic(() => import('../actualizacion-pesos/actualizacion-peso').then((m) => m.ActualizacionPeso));
