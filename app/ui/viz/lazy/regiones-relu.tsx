'use client';

import dynamic from 'next/dynamic';

/** <RegionesRelu> for MDX (ReLU active regions on the plane, dead neurons during training), as its own chunk; see ./red-neuronal.tsx. */
export const RegionesReluLazy = dynamic(() => import('../regiones-relu/regiones-relu').then((m) => m.RegionesRelu));
