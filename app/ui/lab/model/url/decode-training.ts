import { LAB_INITS, LAB_LOSSES, LAB_REGULARIZATIONS, LEARNING_RATES, REG_RATES, type LabSettings } from '../lab-state';
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

/** Learning rate (snapped to the offered values), regularisation and its rate, initialisation and loss. */
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
}
