import type { ReactNode } from 'react';
import { formatNumber } from '../model/format';
import { VizButton } from '../shared/viz-button';
import type { HiddenKind } from './relu-props';

/** η values offered: one that trains calmly, one brisk, one that kills ReLU neurons in a few epochs. */
export const ETA_CHOICES = [0.3, 3, 10] as const;

interface TrainingControlsProps {
  eta: number;
  activation: HiddenKind;
  playing: boolean;
  canTrain: boolean;
  onEta: (eta: number) => void;
  onActivation: (kind: HiddenKind) => void;
  onStep: () => void;
  onPlay: () => void;
  onPause: () => void;
  onReset: () => void;
}

function Choice({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <VizButton aria-pressed={pressed} onClick={onClick} className={pressed ? 'border-brand-700 bg-brand-50 font-semibold dark:border-brand-300 dark:bg-slate-800' : ''}>
      {children}
    </VizButton>
  );
}

/** η and activation (both change the running network, keeping its weights), then train, pause and reset. */
export function TrainingControls(props: TrainingControlsProps) {
  const etas = ETA_CHOICES.includes(props.eta as (typeof ETA_CHOICES)[number]) ? ETA_CHOICES : [...ETA_CHOICES, props.eta].sort((a, b) => a - b);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Tasa de aprendizaje η del entrenamiento">
        <span className="text-sm font-medium">η</span>
        {etas.map((eta) => (
          <Choice key={eta} pressed={props.eta === eta} onClick={() => props.onEta(eta)}>
            {formatNumber(eta, eta < 1 ? 1 : 0)}
          </Choice>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Activación de la capa oculta durante el entrenamiento">
        <span className="text-sm font-medium">Activación</span>
        <Choice pressed={props.activation === 'relu'} onClick={() => props.onActivation('relu')}>
          ReLU
        </Choice>
        <Choice pressed={props.activation === 'leakyRelu'} onClick={() => props.onActivation('leakyRelu')}>
          leaky ReLU (α = 0,1)
        </Choice>
      </div>
      <div className="flex flex-wrap gap-2">
        <VizButton primary onClick={props.onStep} disabled={!props.canTrain || props.playing}>
          10 épocas
        </VizButton>
        <VizButton onClick={props.playing ? props.onPause : props.onPlay} disabled={!props.playing && !props.canTrain}>
          {props.playing ? 'Pausa' : 'Entrenar 300 épocas'}
        </VizButton>
        <VizButton onClick={props.onReset}>Reiniciar pesos</VizButton>
      </div>
    </div>
  );
}
