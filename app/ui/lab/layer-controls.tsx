import { LIMITS } from './model/lab-state';
import { btn, btnSm } from './styles';

interface Props {
  hidden: readonly number[];
  canEdit: boolean;
  onChange: (hidden: number[]) => void;
}

/** Above the drawing: add or remove hidden layers, and per column its neuron count with + / −. */
export function LayerControls({ hidden, canEdit, onChange }: Props) {
  const setNeurons = (l: number, delta: number) => {
    const next = [...hidden];
    next[l] = Math.min(LIMITS.maxNeurons, Math.max(1, next[l]! + delta));
    onChange(next);
  };
  return (
    <>
      {canEdit && (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{hidden.length === 1 ? '1 capa oculta' : `${hidden.length} capas ocultas`}</span>
          <button type="button" className={btn} aria-label="Añadir una capa oculta" disabled={hidden.length >= LIMITS.maxLayers} onClick={() => onChange([...hidden, 2])}>
            +
          </button>
          <button type="button" className={btn} aria-label="Quitar la última capa oculta" disabled={hidden.length === 0} onClick={() => onChange(hidden.slice(0, -1))}>
            −
          </button>
        </div>
      )}
      <div className="grid text-xs" style={{ gridTemplateColumns: `repeat(${hidden.length + 2}, minmax(0, 1fr))` }}>
        <div className="text-center text-slate-600 dark:text-slate-400">Entradas</div>
        {hidden.map((n, l) => (
          <div key={l} className="flex flex-col items-center gap-1">
            {canEdit && (
              <div className="flex gap-1">
                <button type="button" className={btnSm} aria-label={`Añadir una neurona a la capa ${l + 1}`} disabled={n >= LIMITS.maxNeurons} onClick={() => setNeurons(l, 1)}>
                  +
                </button>
                <button type="button" className={btnSm} aria-label={`Quitar una neurona de la capa ${l + 1}`} disabled={n <= 1} onClick={() => setNeurons(l, -1)}>
                  −
                </button>
              </div>
            )}
            <span className="text-slate-600 dark:text-slate-400">{n === 1 ? '1 neurona' : `${n} neuronas`}</span>
          </div>
        ))}
        <div className="text-center text-slate-600 dark:text-slate-400">Salida</div>
      </div>
    </>
  );
}
