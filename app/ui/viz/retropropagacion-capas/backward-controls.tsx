import { VizButton } from '../shared/viz-button';

interface BackwardControlsProps {
  canGoBack: boolean;
  canGoForward: boolean;
  playing: boolean;
  onBack: () => void;
  onForward: () => void;
  onPlay: () => void;
  onPause: () => void;
  onReset: () => void;
}

/** «Paso atrás» carries the error one layer towards the input; «Paso adelante» undoes that step. */
export function BackwardControls({ canGoBack, canGoForward, playing, onBack, onForward, onPlay, onPause, onReset }: BackwardControlsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <VizButton primary onClick={onBack} disabled={!canGoBack || playing}>
        ← Paso atrás
      </VizButton>
      <VizButton onClick={onForward} disabled={!canGoForward || playing}>
        Paso adelante →
      </VizButton>
      {/* One button whose label changes, so keyboard focus stays on it. */}
      <VizButton onClick={playing ? onPause : onPlay} disabled={!playing && !canGoBack}>
        {playing ? 'Pausa' : 'Reproducir'}
      </VizButton>
      <VizButton onClick={onReset}>Reiniciar</VizButton>
    </div>
  );
}
