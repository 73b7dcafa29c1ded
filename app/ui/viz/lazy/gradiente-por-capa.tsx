'use client';

import dynamic from 'next/dynamic';

/**
 * <GradientePorCapa> for MDX (per-layer gradient norms at the first step, as bars): its code is a
 * separate chunk, loaded only by pages that use it. Rendered on the server, with no loading
 * placeholder of its own, so the HTML arrives complete and nothing shifts the page later.
 */
export const GradientePorCapaLazy = dynamic(() => import('../gradiente-por-capa/gradiente-por-capa').then((m) => m.GradientePorCapa));
