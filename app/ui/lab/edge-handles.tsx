import { memo } from 'react';
import type { WeightRef } from './model/weight-paths';
import { FOCUS_ATTR } from './use-roving-focus';

/** An invisible, wide hit area over one drawn edge: the keyboard and pointer handle of its weight. */
export interface EdgeHandle {
  /** Index of the weight among the roving-focus targets. */
  k: number;
  layer: number;
  to: number;
  from: number;
  d: string;
  label: string;
}

interface Props {
  handles: readonly EdgeHandle[];
  /** The roving tab stop, and the tooltip describing it while it is shown. */
  active: number;
  describedBy: string | undefined;
  /** The weight chosen for the chain rule, outlined and marked as pressed. */
  selected: WeightRef | null;
  /** What Enter does: open the editor, or choose the weight for the chain rule. */
  action: 'editar' | 'elegir';
}

/**
 * The weights' handles as SVG paths over the edge canvas. Labels name the weight, not its
 * value (the tooltip, referenced by aria-describedby, gives the numbers), so while training
 * these props do not change and React skips the whole group.
 */
const ACTION_TEXT = { editar: 'Pulsa Intro para editarlo.', elegir: 'Pulsa Intro para ver su regla de la cadena.' };

export const EdgeHandles = memo(function EdgeHandles({ handles, active, describedBy, selected, action }: Props) {
  const isSelected = (h: EdgeHandle) => selected !== null && h.layer === selected.layer && h.to === selected.to && h.from === selected.from;
  return (
    <svg className="absolute inset-0 h-full w-full" viewBox="0 0 100 100" preserveAspectRatio="none" role="group" aria-label="Pesos de la red: una curva por peso, azul si es positivo y naranja si es negativo">
      {handles.map((h) => (
        <path
          key={h.k}
          d={h.d}
          fill="none"
          stroke={isSelected(h) ? 'currentColor' : 'transparent'}
          strokeWidth={isSelected(h) ? 3 : 10}
          vectorEffect="non-scaling-stroke"
          role="button"
          tabIndex={h.k === active ? 0 : -1}
          aria-label={`${h.label}. ${ACTION_TEXT[action]}`}
          aria-pressed={action === 'elegir' ? isSelected(h) : undefined}
          aria-describedby={h.k === active ? describedBy : undefined}
          data-testid={`peso-${h.layer}-${h.to}-${h.from}`}
          className="cursor-pointer text-brand-700 outline-none focus-visible:stroke-brand-500/60 dark:text-brand-300"
          {...{ [FOCUS_ATTR]: h.k }}
        />
      ))}
    </svg>
  );
});
