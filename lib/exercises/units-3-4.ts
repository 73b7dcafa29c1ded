import type { Exercise } from './types';
import { tradeOffExercise } from './u34-compromiso';
import { errorWithSign } from './u34-error-con-signo';
import { localMinimaExercise } from './u34-minimos-locales';
import { descentStepExercise } from './u34-paso-descenso';
import { largeStepExercise } from './u34-paso-grande';
import { smallStepExercise, stepsNeededExercise } from './u34-paso-pequeno';
import { successiveStepsExercise } from './u34-pasos-sucesivos';
import { slopeDirectionExercise } from './u34-pendiente-direccion';
import { valleySlopeExercise } from './u34-pendiente-valle';
import { squaredLossExercise } from './u34-perdida-cuadratica';
import { landscapeHeightExercise } from './u34-perdida-en-punto';
import { meanLossExercise } from './u34-perdida-media';

/** Exercises of Units 3–4, by the name lessons and quizzes use. */
export const unitThreeFourExercises: Record<string, Exercise> = {
  'u34-error-con-signo': errorWithSign,
  'u34-perdida-cuadratica': squaredLossExercise,
  'u34-perdida-media': meanLossExercise,
  'u34-perdida-en-punto': landscapeHeightExercise,
  'u34-pendiente-valle': valleySlopeExercise,
  'u34-minimos-locales': localMinimaExercise,
  'u34-pendiente-direccion': slopeDirectionExercise,
  'u34-paso-descenso': descentStepExercise,
  'u34-pasos-sucesivos': successiveStepsExercise,
  'u34-paso-grande': largeStepExercise,
  'u34-paso-pequeno': smallStepExercise,
  'u34-pasos-necesarios': stepsNeededExercise,
  'u34-compromiso': tradeOffExercise,
};
