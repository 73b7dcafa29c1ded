'use client';

import dynamic from 'next/dynamic';

/**
 * <RetropropagacionCapas> for MDX (the backward pass layer by layer): a separate chunk, loaded only by pages that use it,
 * rendered on the server with no loading placeholder so nothing shifts when it arrives.
 */
export const RetropropagacionCapasLazy = dynamic(() => import('../retropropagacion-capas/retropropagacion-capas').then((m) => m.RetropropagacionCapas));
