'use client';

import dynamic from 'next/dynamic';

/**
 * <DescensoGradiente> for MDX (three learning rates): its code is a separate chunk, loaded only by pages that use it.
 * Rendered on the server, and with no loading placeholder of its own (so no Suspense boundary):
 * the HTML arrives complete and in place, and nothing swaps in later to shift the page.
 */
export const DescensoGradienteLazy = dynamic(() => import('../descenso-gradiente/descenso-gradiente').then((m) => m.DescensoGradiente));
