import { VizButton } from './viz-button';

interface StepControlsProps {
  stepLabel?: string;
  canStep: boolean;
  playing: boolean;
  onStep: () => void;
  onPlay: () => void;
  onPause: () => void;
  onReset: () => void;
}

/** "Paso", "Reproducir"/"Pausa" and "Reiniciar" (with reduced motion, Reproducir jumps to the end without animating). */
export function StepControls({ stepLabel = 'Paso', canStep, playing, onStep, onPlay, onPause, onReset }: StepControlsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <VizButton primary onClick={onStep} disabled={!canStep || playing}>
        {stepLabel}
      </VizButton>
      {/* One button whose label changes, so keyboard focus stays on it. */}
      <VizButton onClick={playing ? onPause : onPlay} disabled={!playing && !canStep}>
        {playing ? 'Pausa' : 'Reproducir'}
      </VizButton>
      <VizButton onClick={onReset}>Reiniciar</VizButton>
    </div>
  );
}
