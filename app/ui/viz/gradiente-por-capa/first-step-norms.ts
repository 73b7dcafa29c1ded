import type { DepthConfig } from '../normas-por-capa/depth-config';
import { DepthRun } from '../normas-por-capa/depth-run';

/**
 * ‖∂L/∂W⁽ˡ⁾‖ of every layer, first to last, for the first mini-batch of the NormasPorCapa
 * experiment: the gradient the untrained network computes before any update changes it.
 */
export function firstStepNorms(config: DepthConfig): number[] {
  const run = new DepthRun(config);
  run.run(1);
  return run.step === 1 ? run.normsAt(0) : [];
}
