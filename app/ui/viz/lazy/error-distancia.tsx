'use client';

import dynamic from 'next/dynamic';

/**
 * <ErrorDistancia> for MDX (error as a distance): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const ErrorDistanciaLazy = dynamic(() => import('../error-distancia/error-distancia').then((m) => m.ErrorDistancia));
