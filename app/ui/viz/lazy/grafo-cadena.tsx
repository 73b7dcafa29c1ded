'use client';

import dynamic from 'next/dynamic';

/**
 * <GrafoCadena> for MDX (computation graph and chain rule): its code is a separate chunk, loaded
 * only by pages that use it. Rendered on the server with no placeholder, like ./red-neuronal.tsx.
 */
export const GrafoCadenaLazy = dynamic(() => import('../grafo-cadena/grafo-cadena').then((m) => m.GrafoCadena));
