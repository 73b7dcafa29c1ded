import { num } from './format';

/** What the lab corrected in a link, closable. */
export function LinkNotices({ notices, onClose }: { notices: readonly string[]; onClose: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="avisos-enlace">
      <p className="font-semibold">Hemos corregido el enlace:</p>
      <ul className="ml-5 list-disc">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="mt-1 underline" onClick={onClose}>
        Cerrar aviso
      </button>
    </div>
  );
}

/** Training stopped because the loss stopped being a number: says why and what to try. */
export function DivergenceAlert({ loss, learningRate }: { loss: number; learningRate: number }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="aviso-divergencia">
      El entrenamiento se ha detenido: la pérdida se ha disparado hasta {num(loss)} (un valor no numérico o infinito). Con η = {String(learningRate).replace('.', ',')} cada paso salta demasiado
      lejos. Elige una tasa de aprendizaje más pequeña (por ejemplo 0,03) y pulsa «Reiniciar».
    </div>
  );
}
