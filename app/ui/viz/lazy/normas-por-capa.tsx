'use client';

import dynamic from 'next/dynamic';

/**
 * <NormasPorCapa> for MDX (per-layer gradient norms while a deep network trains): its code is a
 * separate chunk, loaded only by pages that use it. Rendered on the server, with no loading
 * placeholder of its own, so the HTML arrives complete and nothing shifts the page later.
 */
export const NormasPorCapaLazy = dynamic(() => import('../normas-por-capa/normas-por-capa').then((m) => m.NormasPorCapa));
