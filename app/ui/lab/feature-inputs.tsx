import type { Feature } from '@/lib/engine';
import { FEATURE_LABELS } from './model/lab-state';
import type { NodeSpot } from './model/network-geometry';
import { node } from './styles';

interface Props {
  /** Features drawn (all of them when the learner may switch them), each at its spot. */
  shown: readonly Feature[];
  spots: readonly NodeSpot[];
  features: readonly Feature[];
  canEdit: boolean;
  registerCanvas: (key: string, el: HTMLCanvasElement | null) => void;
  onToggle: (f: Feature) => void;
}

/** The input column: one toggle button per feature with its heatmap (faded when off). */
export function FeatureInputs({ shown, spots, features, canEdit, registerCanvas, onToggle }: Props) {
  return shown.map((f, k) => {
    const s = spots[k]!;
    const on = features.includes(f);
    return (
      <button
        key={f}
        type="button"
        aria-pressed={on}
        disabled={!canEdit}
        aria-label={`Entrada ${FEATURE_LABELS[f]}`}
        onClick={() => onToggle(f)}
        className={`absolute flex -translate-x-1/2 -translate-y-1/2 items-center gap-1 ${on ? '' : 'opacity-40'}`}
        style={{ left: `${s.x}%`, top: `${s.y}%` }}
      >
        <span className="w-10 text-right text-[11px] font-medium">{FEATURE_LABELS[f]}</span>
        <canvas ref={(el) => registerCanvas(`in-${f}`, el)} className={node} width={24} height={24} />
      </button>
    );
  });
}
