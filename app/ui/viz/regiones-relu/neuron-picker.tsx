import { subscript } from '../model/format';
import type { NeuronView } from './relu-run';

interface NeuronPickerProps {
  neurons: readonly NeuronView[];
  total: number;
  leaky: boolean;
  selected: number;
  onSelect: (index: number) => void;
}

/** One toggle button per hidden neuron (pressing it veils the side where it is off); dead ones say so. */
export function NeuronPicker({ neurons, total, leaky, selected, onSelect }: NeuronPickerProps) {
  return (
    <div role="group" aria-label="Neuronas de la capa oculta: pulsa una para ver su región activa" className="flex flex-wrap gap-1.5">
      {neurons.map((neuron, j) => {
        const on = j === selected;
        const look = on
          ? 'border-violet-700 bg-violet-700 text-white dark:border-violet-300 dark:bg-violet-300 dark:text-slate-900'
          : neuron.dead
            ? 'border-dashed border-slate-400 text-slate-600 dark:border-slate-500 dark:text-slate-300'
            : 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
        return (
          <button
            key={j}
            type="button"
            aria-pressed={on}
            onClick={() => onSelect(on ? -1 : j)}
            className={`min-h-9 rounded-md border px-2.5 py-1 text-sm tabular-nums ${look}`}
          >
            <span className="font-semibold">h{subscript(j + 1)}</span>{' '}
            {neuron.dead ? (leaky ? 'apagada' : 'muerta') : `${neuron.activeCount}/${total}`}
          </button>
        );
      })}
    </div>
  );
}
