'use client';

import dynamic from 'next/dynamic';

/**
 * <CurvaPerdida> for MDX (live loss curve): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const CurvaPerdidaLazy = dynamic(() => import('../curva-perdida/curva-perdida').then((m) => m.CurvaPerdida));
