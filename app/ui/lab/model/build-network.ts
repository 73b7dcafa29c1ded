import { createNetwork, type Activation, type LossName, type Network, type StepOptions } from '@/lib/engine';
import { layerSizes, type LabSettings } from './lab-state';

/** Output activation the settings call for: tanh for ±1 labels, sigmoid for cross-entropy, linear for regression. */
export function outputActivation(s: LabSettings): Activation {
  if (s.problem === 'regression') return 'linear';
  return s.loss === 'bce' ? 'sigmoid' : 'tanh';
}

/** The engine's loss for the settings (the lab's 'mse' is the engine's ½ Σ (a − y)²). */
export function engineLoss(s: LabSettings): LossName {
  return s.loss === 'bce' ? 'bce' : 'mse';
}

export function stepOptions(s: LabSettings): StepOptions {
  return {
    learningRate: s.learningRate,
    l1: s.regularization === 'l1' ? s.regRate : 0,
    l2: s.regularization === 'l2' ? s.regRate : 0,
  };
}

/** The network the settings describe, with the seed's starting weights. */
export function buildNetwork(s: LabSettings): Network {
  return createNetwork({ sizes: layerSizes(s), hidden: s.activation, output: outputActivation(s), loss: engineLoss(s), init: s.init, seed: s.seed });
}
