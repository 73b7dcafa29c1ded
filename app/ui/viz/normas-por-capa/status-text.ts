import { formatNumber } from '../model/format';
import { type DepthRun, STEPS } from './depth-run';
import { SIGN_NAMES, type SignName, type WarningSigns } from './warning-signs';

const SIGN_LABELS: Record<SignName, string> = {
  flatLoss: 'pérdida estancada',
  nonFinite: 'NaN o infinito',
  hugeUpdate: 'actualizaciones enormes',
  vanishing: 'primeras capas casi quietas',
};

/** What the live region announces when training pauses, steps or ends: where it stands, which signs are lit and which were lit before. */
export function statusText(run: DepthRun, signs: WarningSigns, firstSeen: Readonly<Record<SignName, number | null>>): string {
  const where = run.divergence ? 'Entrenamiento detenido por el motor.' : run.step >= STEPS ? 'Entrenamiento terminado.' : 'En pausa.';
  const loss = run.step > 0 ? `, pérdida del lote ${formatNumber(run.losses[run.step - 1]!, 4)}` : '';
  const lit = SIGN_NAMES.filter((name) => signs[name]).map((name) => SIGN_LABELS[name]);
  const earlier = SIGN_NAMES.filter((name) => !signs[name] && firstSeen[name] !== null).map((name) => `${SIGN_LABELS[name]} (paso ${firstSeen[name]})`);
  const now = lit.length > 0 ? `Señales de alarma: ${lit.join(', ')}.` : 'Ninguna señal de alarma encendida.';
  const before = earlier.length > 0 ? ` Se encendieron antes: ${earlier.join(', ')}.` : '';
  return `${where} Paso ${run.step} de ${STEPS}${loss}. ${now}${before}`;
}
