import { num } from './format';
import type { GradientView } from './model/inspect-gradients';

/** One bar per layer: ‖∂L/∂W‖ of the mean gradient, scaled to the largest (vanishing gradients show as short bars near the input). */
export function GradientNorms({ grad }: { grad: GradientView }) {
  const max = Math.max(1e-12, ...grad.normW);
  const deadTotal = grad.dead.reduce((s, l) => s + l.filter(Boolean).length, 0);
  return (
    <div className="text-xs">
      <p className="font-semibold">Norma del gradiente por capa</p>
      <ul className="mt-1 space-y-1">
        {grad.normW.map((n, l) => (
          <li key={l} className="flex items-center gap-2">
            <span className="w-14 shrink-0">{l === grad.normW.length - 1 ? 'Salida' : `Capa ${l + 1}`}</span>
            <span className="h-2 flex-1 rounded bg-slate-100 dark:bg-slate-800">
              <span className="block h-2 rounded bg-brand-500" style={{ width: `${Math.max(1, (n / max) * 100)}%` }} />
            </span>
            <span className="w-16 shrink-0 text-right font-mono">{num(n)}</span>
          </li>
        ))}
      </ul>
      {deadTotal > 0 && (
        <p className="mt-1 text-red-700 dark:text-red-400">
          {deadTotal === 1 ? '1 neurona ReLU muerta' : `${deadTotal} neuronas ReLU muertas`}: su z es negativa para todos los datos, así que no reciben gradiente.
        </p>
      )}
    </div>
  );
}
