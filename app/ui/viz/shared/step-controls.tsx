import { VizButton } from './viz-button';

interface StepControlsProps {
  stepLabel?: string;
  canStep: boolean;
  /** A second button after the step that undoes one (RetropropagacionCapas: «Paso adelante →»). */
  undo?: { label: string; can: boolean; onUndo: () => void };
  playing: boolean;
  onStep: () => void;
  onPlay: () => void;
  onPause: () => void;
  onReset: () => void;
}

/** "Paso", "Reproducir"/"Pausa" and "Reiniciar" (with reduced motion, Reproducir jumps to the end without animating). */
export function StepControls({ stepLabel = 'Paso', canStep, undo, playing, onStep, onPlay, onPause, onReset }: StepControlsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <VizButton primary onClick={onStep} disabled={!canStep || playing}>
        {stepLabel}
      </VizButton>
      {undo && (
        <VizButton onClick={undo.onUndo} disabled={!undo.can || playing}>
          {undo.label}
        </VizButton>
      )}
      {/* One button whose label changes, so keyboard focus stays on it. */}
      <VizButton onClick={playing ? onPause : onPlay} disabled={!playing && !canStep}>
        {playing ? 'Pausa' : 'Reproducir'}
      </VizButton>
      <VizButton onClick={onReset}>Reiniciar</VizButton>
    </div>
  );
}
