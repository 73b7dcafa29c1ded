'use client';

import dynamic from 'next/dynamic';
import { VizPlaceholder } from '../viz/shared/viz-placeholder';

/** <Laboratorio> for MDX: the lab's code is a separate chunk, loaded only by pages that use it. */
export const LaboratorioLazy = dynamic(() => import('./laboratorio').then((m) => m.Laboratorio), {
  loading: () => <VizPlaceholder aspect="16 / 10" maxHeight={640} />,
});
