import { formatNumber } from '../model/format';
import type { Divergence } from './depth-run';
import { FLAT_WINDOW, type SignName, type WarningSigns } from './warning-signs';

const WHAT_WENT_BAD = { loss: 'la pérdida', gradient: 'un gradiente', weights: 'un peso' } as const;

interface BadgeProps {
  /** Lit now; if not, the update at which it was lit earlier (null: never). */
  on: boolean;
  seenAt: number | null;
  title: string;
  detail: string;
}

/** One warning sign: lit now («sí»), lit earlier («antes») or never lit («no»); its text keeps a fixed minimum height. */
function Badge({ on, seenAt, title, detail }: BadgeProps) {
  const state = on ? 'sí' : seenAt !== null ? 'antes' : 'no';
  const look = on
    ? 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100'
    : seenAt !== null
      ? 'border-amber-300 border-dashed bg-white text-slate-800 dark:border-amber-700 dark:bg-slate-900 dark:text-slate-200'
      : 'border-slate-200 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300';
  const chip = on ? 'bg-amber-700 text-white dark:bg-amber-300 dark:text-amber-950' : 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100';
  return (
    <li className={`rounded-md border px-2 py-1.5 ${look}`}>
      <p className="m-0 flex items-center justify-between gap-2 font-semibold">
        <span>{title}</span>
        <span className={`rounded px-1.5 text-xs ${chip}`}>{state}</span>
      </p>
      <p className="m-0 mt-0.5 min-h-[2lh] text-xs leading-snug">
        {seenAt !== null && `Se encendió en el paso ${seenAt}. `}
        {detail}
      </p>
    </li>
  );
}

interface WarningBadgesProps {
  signs: WarningSigns;
  firstSeen: Readonly<Record<SignName, number | null>>;
  divergence: Divergence | null;
  layers: number;
}

/** The four warning signs, live, beside the chart. */
export function WarningBadges({ signs, firstSeen, divergence, layers }: WarningBadgesProps) {
  const broken = divergence
    ? `${WHAT_WENT_BAD[divergence.nonFinite]} dejó de ser un número finito${divergence.layer >= 0 ? ` (capa ${divergence.layer + 1})` : ''} y el motor detuvo el entrenamiento.`
    : 'Pérdida, gradientes y pesos siguen siendo números finitos.';
  // Six decimals below 0,01, so a ratio just under the 0,001 threshold never reads as «0,001».
  const ratio = Number.isNaN(signs.firstOverLast)
    ? 'no se puede calcular (la última capa no recibe gradiente)'
    : formatNumber(signs.firstOverLast, signs.firstOverLast < 0.01 ? 6 : 3);
  return (
    <ul className="m-0 grid list-none content-start gap-2 p-0 text-sm" aria-label="Señales de alarma">
      <Badge on={signs.flatLoss} seenAt={firstSeen.flatLoss} title="Pérdida estancada" detail={`Su media apenas cambia (menos de un 1 %) de un tramo de ${FLAT_WINDOW} pasos al siguiente y sigue alta.`} />
      <Badge on={signs.nonFinite} seenAt={firstSeen.nonFinite} title="NaN o infinito" detail={broken} />
      <Badge on={signs.hugeUpdate} seenAt={firstSeen.hugeUpdate} title="Actualizaciones enormes" detail={`Mayor ‖ΔW‖/‖W‖ del último paso: ${formatNumber(signs.maxUpdateRatio, 4)} (alarma desde 1).`} />
      <Badge on={signs.vanishing} seenAt={firstSeen.vanishing} title="Primeras capas casi quietas" detail={`‖∂L/∂W‖ de la capa 1 entre el de la capa ${layers}: ${ratio} (alarma por debajo de 0,001).`} />
    </ul>
  );
}
