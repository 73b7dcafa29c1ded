import { num } from './format';
import type { NodeSpot } from './model/network-geometry';
import type { LayerNumbers } from './model/phase-stepper';
import { node } from './styles';
import { FOCUS_ATTR } from './use-roving-focus';

interface Props {
  layer: number;
  unit: number;
  isOutput: boolean;
  spot: NodeSpot;
  dead: boolean;
  phase: LayerNumbers | null;
  /** Roving focus (handled by the network view): the neuron is the handle of its bias. */
  focusIndex: number;
  tabIndex: number;
  describedBy: string | undefined;
  registerCanvas: (key: string, el: HTMLCanvasElement | null) => void;
}

/** A hidden or output unit: its heatmap, a «muerta» mark for dead ReLUs, z/a or δ while following a phase. */
export function NeuronNode({ layer, unit, isOutput, spot, dead, phase, focusIndex, tabIndex, describedBy, registerCanvas }: Props) {
  const name = isOutput ? 'Salida' : `Neurona ${unit + 1} de la capa ${layer + 1}`;
  return (
    <div
      role="button"
      tabIndex={tabIndex}
      aria-label={`${name}${dead ? ' (ReLU muerta: nunca se activa)' : ''}: su sesgo b. Pulsa Intro para editarlo.`}
      aria-describedby={describedBy}
      data-testid={`sesgo-${layer}-${unit}`}
      className="absolute -translate-x-1/2 -translate-y-1/2 cursor-pointer rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2"
      style={{ left: `${spot.x}%`, top: `${spot.y}%` }}
      {...{ [FOCUS_ATTR]: focusIndex }}
    >
      <canvas ref={(el) => registerCanvas(`n-${layer}-${unit}`, el)} className={`${node} ${dead ? 'ring-2 ring-red-600' : ''}`} width={24} height={24} aria-hidden="true" />
      {dead && <span className="absolute -top-2 -right-2 rounded bg-red-600 px-0.5 text-[9px] font-bold text-white">muerta</span>}
      {phase && (
        <span className="absolute top-full left-1/2 mt-0.5 -translate-x-1/2 whitespace-nowrap rounded bg-white/90 px-1 font-mono text-[10px] leading-tight text-slate-900 shadow-sm dark:bg-slate-900/90 dark:text-slate-100">
          {phase.delta ? `δ=${num(phase.delta[unit]!)}` : `z=${num(phase.z[unit]!)} a=${num(phase.a[unit]!)}`}
        </span>
      )}
    </div>
  );
}
