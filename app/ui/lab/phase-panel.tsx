import { num } from './format';
import { PHASE_LABELS, type PhaseView } from './model/phase-stepper';
import { btn, panel } from './styles';

/** «Siguiente fase»: follows one example through forward, loss, backward and update. */
export function PhasePanel({ phase, disabled, onNext, onExit }: { phase: PhaseView | null; disabled: boolean; onNext: () => void; onExit: () => void }) {
  return (
    <div className={panel}>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={btn} onClick={onNext} disabled={disabled}>
          Siguiente fase
        </button>
        {phase && (
          <button type="button" className={btn} onClick={onExit}>
            Salir de las fases
          </button>
        )}
        <span className="text-sm" data-testid="fase-actual">
          {phase ? `${PHASE_LABELS[phase.phase]} · ejemplo ${phase.row + 1}` : 'Sigue un ejemplo paso a paso: hacia delante, pérdida, hacia atrás y actualización.'}
        </span>
      </div>
      {phase && (
        <p className="mt-1 font-mono text-xs" data-testid="fase-detalle">
          x = ({Array.from(phase.x, num).join('; ')}) · y = {num(phase.target)} · salida = {num(phase.output)}
          {phase.loss !== null && ` · L = ${num(phase.loss)}`}
        </p>
      )}
    </div>
  );
}
