import type { EdgeMode } from './model/edge-style';
import { GradientCheck } from './gradient-check';
import { GradientNorms } from './gradient-norms';
import type { GradientView } from './model/inspect-gradients';
import type { LabSession } from './model/lab-session';
import { panel } from './styles';

interface Props {
  session: LabSession;
  grad: GradientView;
  edgeMode: EdgeMode;
  checkDisabled: boolean;
  /** Changes whenever the network is replaced, so an old check result is dropped. */
  generation: number;
  onEdgeMode: (mode: EdgeMode) => void;
}

/** Gradient flow: edge widths by |∂L/∂w|, the per-layer norms and the numerical gradient check. */
export function GradientPanel({ session, grad, edgeMode, checkDisabled, generation, onEdgeMode }: Props) {
  return (
    <div className={`${panel} space-y-2`}>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={edgeMode === 'gradiente'} onChange={(e) => onEdgeMode(e.target.checked ? 'gradiente' : 'peso')} /> Grosor de las conexiones según |∂L/∂w| (en vez de |w|)
      </label>
      <GradientNorms grad={grad} />
      <GradientCheck key={generation} net={session.net} X={session.data.trainX} Y={session.data.trainY} features={session.settings.features} disabled={checkDisabled} />
    </div>
  );
}
