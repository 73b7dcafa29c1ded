'use client';

import dynamic from 'next/dynamic';

/**
 * <Pendiente1D> for MDX (slope as direction): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const Pendiente1DLazy = dynamic(() => import('../pendiente-1d/pendiente-1d').then((m) => m.Pendiente1D));
