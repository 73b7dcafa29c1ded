import { useId } from 'react';
import { ACTIVATION_LABELS, DEPTH_ACTIVATIONS, DEPTHS, type DepthConfig, WEIGHT_SCALES } from './depth-config';

const SCALE_LABELS = { normal: 'normal', grande: 'grande (×3)' } as const;

function Select<T extends string | number>(props: { label: string; value: T; options: readonly T[]; names: (option: T) => string; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      <select
        id={id}
        value={String(props.value)}
        onChange={(event) => props.onChange(props.options.find((o) => String(o) === event.target.value)!)}
        className="min-h-9 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-900"
      >
        {props.options.map((option) => (
          <option key={String(option)} value={String(option)}>
            {props.names(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Depth, activation and initial weight scale; each change starts a new run. */
export function DepthSelectors({ config, onChange }: { config: DepthConfig; onChange: (config: DepthConfig) => void }) {
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-2">
      <Select label="Capas" value={config.depth} options={DEPTHS} names={String} onChange={(depth) => onChange({ ...config, depth })} />
      <Select label="Activación" value={config.activation} options={DEPTH_ACTIVATIONS} names={(a) => ACTIVATION_LABELS[a]} onChange={(activation) => onChange({ ...config, activation })} />
      <Select label="Pesos iniciales" value={config.scale} options={WEIGHT_SCALES} names={(s) => SCALE_LABELS[s]} onChange={(scale) => onChange({ ...config, scale })} />
    </div>
  );
}
