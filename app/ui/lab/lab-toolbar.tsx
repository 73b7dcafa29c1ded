import type { Speed } from './model/frame-budget';
import { btn, btnPrimary, select } from './styles';

interface Props {
  playing: boolean;
  diverged: boolean;
  epoch: number;
  speed: Speed | null;
  onPlay: (play: boolean) => void;
  onEpoch: () => void;
  onReset: () => void;
  onSpeed: (speed: Speed) => void;
}

/** Play / pause, one epoch, reset, the epoch counter and (full lab only, speed ≠ null) the speed. */
export function LabToolbar({ playing, diverged, epoch, speed, onPlay, onEpoch, onReset, onSpeed }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={btnPrimary} onClick={() => onPlay(!playing)} disabled={diverged} aria-pressed={playing}>
        {playing ? '❚❚' : '▶'} {playing ? 'Pausa' : 'Entrenar'}
      </button>
      <button type="button" className={btn} onClick={onEpoch} disabled={playing || diverged}>
        Una época
      </button>
      <button type="button" className={btn} onClick={onReset}>
        Reiniciar
      </button>
      <span className="ml-1 text-sm">
        Época <span className="font-mono font-semibold" data-testid="epoca">{epoch}</span>
      </span>
      {speed !== null && (
        <label className="ml-auto flex items-center gap-1 text-sm">
          Velocidad
          <select className={`${select} mt-0 w-auto`} value={speed} onChange={(e) => onSpeed(e.target.value as Speed)}>
            <option value="lenta">lenta (≈10 épocas/s)</option>
            <option value="normal">normal (1 época por fotograma)</option>
            <option value="rapida">máxima</option>
          </select>
        </label>
      )}
    </div>
  );
}
