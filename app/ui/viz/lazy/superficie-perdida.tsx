'use client';

import dynamic from 'next/dynamic';

/**
 * <SuperficiePerdida> for MDX (loss surface): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const SuperficiePerdidaLazy = dynamic(() => import('../superficie-perdida/superficie-perdida').then((m) => m.SuperficiePerdida));
