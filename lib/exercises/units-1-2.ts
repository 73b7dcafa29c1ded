import type { Exercise } from './types';
import { convergence } from './u12-convergence';
import { correctionCycle } from './u12-correction-cycle';
import { decisionBoundary } from './u12-decision-boundary';
import { forward221 } from './u12-forward-2-2-1';
import { iterations } from './u12-iterations';
import { manualTuning } from './u12-manual-tuning';
import { reluLayer } from './u12-relu-layer';
import { sigmoidNeuron } from './u12-sigmoid-neuron';
import { squaredLoss } from './u12-squared-loss';
import { twoNeuronChain } from './u12-two-neuron-chain';
import { weightContributions } from './u12-weight-contributions';

/** Exercises of Units 1–2, by the name lessons and quizzes use. */
export const unitOneTwoExercises: Record<string, Exercise> = {
  'perdida-cuadratica': squaredLoss,
  'ajuste-manual': manualTuning,
  'ciclo-correccion': correctionCycle,
  'iteraciones-descenso': iterations,
  'curva-convergencia': convergence,
  'neurona-sigmoide': sigmoidNeuron,
  'contribuciones-pesos': weightContributions,
  'cadena-dos-neuronas': twoNeuronChain,
  'capa-relu': reluLayer,
  'forward-2-2-1': forward221,
  'frontera-neurona': decisionBoundary,
};
