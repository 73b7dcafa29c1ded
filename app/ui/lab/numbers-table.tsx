'use client';

import { useState } from 'react';
import type { Feature, Network } from '@/lib/engine';
import type { GradientView } from './model/inspect-gradients';
import type { PhaseView } from './model/phase-stepper';
import { NeuronTable } from './neuron-table';
import { WeightTable } from './weight-table';

interface Props {
  net: Network;
  features: readonly Feature[];
  grad: GradientView | null;
  phase: PhaseView | null;
}

/**
 * "Ver los números": every weight and bias with its gradient, and each neuron's z, a and δ
 * at the current phase. The tables are built only while open: with the largest network
 * they hold thousands of cells, refreshed ten times a second during training.
 */
export function NumbersTable(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-semibold">Ver los números</summary>
      {open && (
        <div className="mt-2 max-h-96 overflow-auto">
          <WeightTable {...props} />
          <NeuronTable {...props} />
        </div>
      )}
    </details>
  );
}
