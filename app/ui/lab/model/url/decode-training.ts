import { LAB_INITS, LAB_LOSSES, LAB_REGULARIZATIONS, LEARNING_RATES, LIMITS, REG_RATES, type LabSettings } from '../lab-state';
import { readStopEpoch } from '../stop-epoch';
import { PARAM } from './params';
import { fmt, nearest, oneOf, type DecodeContext } from './parse';

/** A positive rate typed with a comma or a point; null (and a notice) otherwise. */
function readRate(ctx: DecodeContext, key: string, allowZero: boolean, bad: (raw: string) => string): number | null {
  const raw = ctx.get(key);
  if (raw === null) return null;
  const x = Number(raw.replace(',', '.'));
  if (!Number.isFinite(x) || x < 0 || (x === 0 && !allowZero)) {
    ctx.notices.push(bad(raw.slice(0, 20)));
    return null;
  }
  return x;
}

function readChoice<T extends string>(ctx: DecodeContext, key: string, list: readonly T[], bad: (raw: string) => string): T | null {
  const raw = ctx.get(key);
  if (raw === null) return null;
  const v = oneOf(list, raw);
  if (!v) ctx.notices.push(bad(raw.slice(0, 20)));
  return v;
}

/** «parar»: the epoch at which training pauses; a bad value means never, a huge one the limit. */
function decodeStopAt(ctx: DecodeContext, s: LabSettings): void {
  const raw = ctx.get(PARAM.stopAt);
  if (raw === null) return;
  const r = readStopEpoch(raw);
  if (r.kind === 'invalid') ctx.notices.push(`«Parar en la época» no admite «${raw.slice(0, 20)}» (hace falta un número entero desde 1); el entrenamiento no se detendrá solo.`);
  if (r.kind === 'too-large') ctx.notices.push(`«Parar en la época» admite como mucho ${LIMITS.maxStopEpoch}; se usa ${LIMITS.maxStopEpoch}.`);
  s.stopAt = r.kind === 'epoch' ? r.epoch : r.kind === 'too-large' ? LIMITS.maxStopEpoch : null;
}

/** Learning rate (snapped to the offered values), regularisation and its rate, initialisation, loss and the stop epoch. */
export function decodeTraining(ctx: DecodeContext, s: LabSettings): void {
  const lr = readRate(ctx, PARAM.learningRate, false, (raw) => `La tasa de aprendizaje «${raw}» no es válida; se usa ${fmt(s.learningRate)}.`);
  if (lr !== null) {
    const v = nearest(LEARNING_RATES, lr);
    if (v !== lr) ctx.notices.push(`La tasa de aprendizaje se ajusta al valor disponible más cercano: ${fmt(v)}.`);
    s.learningRate = v;
  }
  s.regularization = readChoice(ctx, PARAM.regularization, LAB_REGULARIZATIONS, (raw) => `La regularización «${raw}» no existe; se usa ninguna.`) ?? s.regularization;
  const lambda = readRate(ctx, PARAM.regRate, true, (raw) => `La tasa de regularización «${raw}» no es válida; se usa ${fmt(s.regRate)}.`);
  if (lambda !== null) s.regRate = lambda === 0 ? 0 : nearest(REG_RATES.slice(1), lambda);
  s.init = readChoice(ctx, PARAM.init, LAB_INITS, (raw) => `La inicialización «${raw}» no existe; se usa la uniforme.`) ?? s.init;
  s.loss = readChoice(ctx, PARAM.loss, LAB_LOSSES, (raw) => `La función de pérdida «${raw}» no existe; se usa el error cuadrático.`) ?? s.loss;
  if (s.problem === 'regression') s.loss = 'mse';
  decodeStopAt(ctx, s);
}
