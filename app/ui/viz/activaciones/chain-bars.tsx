import { bestChainProduct, chainProduct, CURVE_LABELS, type CurveSamples } from './activation-model';
import { barPercent, formatFactor } from './bar-scale';

interface ChainBarsProps {
  curves: readonly CurveSamples[];
  z: number;
  alpha: number;
  layers: number;
}

/** What reaches the first layer after `layers` activations at this z, one bar per activation. */
export function ChainBars({ curves, z, alpha, layers }: ChainBarsProps) {
  return (
    <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <p className="m-0 text-sm font-medium">
        Lo que llega a la primera capa tras {layers} {layers === 1 ? 'activación' : 'activaciones'} con esta z: a′(z)
        <sup>{layers}</sup>
      </p>
      <p className="mt-0.5 mb-2 text-xs text-slate-600 dark:text-slate-400">Escala logarítmica: cada décimo de barra es un factor 10 menos. Barra llena = el gradiente llega entero.</p>
      <ul className="m-0 list-none space-y-1.5 p-0">
        {curves.map((curve) => {
          const product = chainProduct(curve.name, z, alpha, layers);
          const best = bestChainProduct(curve, layers);
          return (
            <li key={curve.name} className="grid grid-cols-[5.5rem_1fr] items-center gap-x-2 text-sm sm:grid-cols-[6.5rem_1fr_9rem]">
              <span className="font-medium">{CURVE_LABELS[curve.name]}</span>
              <span className="relative block h-3.5 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
                <span className="absolute inset-y-0 left-0 rounded bg-brand-600 dark:bg-brand-300" style={{ width: `${barPercent(product)}%` }} />
                <span className="absolute inset-y-[-3px] w-0.5 bg-slate-700 dark:bg-slate-200" style={{ left: `calc(${barPercent(best)}% - 1px)` }} />
              </span>
              <span className="col-start-2 text-xs tabular-nums sm:col-start-3 sm:text-right sm:text-sm">
                {formatFactor(product)} <span className="text-slate-600 dark:text-slate-400">(máx. {formatFactor(best)})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
