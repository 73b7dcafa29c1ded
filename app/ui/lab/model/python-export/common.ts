import { featureValue, type Activation, type Feature, type Network } from '@/lib/engine';
import { engineLoss } from '../build-network';
import { ACTIVATION_LABELS, FEATURE_LABELS, type LabActivation, type LabSettings } from '../lab-state';

/**
 * A float64 as Python source: JavaScript's shortest round-trip form (`0.1`, `-3.2e-7`) is
 * also valid Python and parses back to the same double.
 */
export function pyFloat(x: number): string {
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Rows of a matrix as a Python list of lists, one row per line, indented. */
export function pyMatrix(rows: number[][], indent: string): string {
  return `[\n${rows.map((r) => `${indent}    [${r.map(pyFloat).join(', ')}],`).join('\n')}\n${indent}]`;
}

export function pyVector(v: ArrayLike<number>): string {
  return `[${Array.from(v, pyFloat).join(', ')}]`;
}

/** W (nOut × nIn, row-major) as nOut rows: PyTorch's weight layout. */
export function weightRows(net: Network, l: number): number[][] {
  const layer = net.layers[l]!;
  return Array.from({ length: layer.nOut }, (_, j) => Array.from(layer.W.subarray(j * layer.nIn, (j + 1) * layer.nIn)));
}

/** Wᵀ (nIn × nOut): Keras's kernel layout. */
export function kernelRows(net: Network, l: number): number[][] {
  const layer = net.layers[l]!;
  return Array.from({ length: layer.nIn }, (_, i) => Array.from({ length: layer.nOut }, (_, j) => layer.W[j * layer.nIn + i]!));
}

const FEATURE_PY: Record<Feature, string> = {
  x1: 'x1',
  x2: 'x2',
  x1Squared: 'x1 * x1',
  x2Squared: 'x2 * x2',
  x1x2: 'x1 * x2',
  sinX1: 'math.sin(x1)',
  sinX2: 'math.sin(x2)',
};

/** A Python function turning a point (x1, x2) into the network's inputs, in the lab's order. */
export function pyFeatures(features: readonly Feature[]): string {
  return [
    'def entradas(x1, x2):',
    `    """Las entradas de la red para el punto (x1, x2): ${features.map((f) => FEATURE_LABELS[f]).join(', ')}."""`,
    `    return [${features.map((f) => FEATURE_PY[f]).join(', ')}]`,
  ].join('\n');
}

/** Point used by the script's self-check, and the output the engine computes for it. */
export const CHECK_POINT = [1, -2] as const;

export function checkOutput(net: Network, features: readonly Feature[]): number {
  const x = features.map((f) => featureValue(f, CHECK_POINT[0], CHECK_POINT[1]));
  const out = net.forward(x)[0]!;
  return out;
}

const ACT_NAME = (a: Activation) => (a in ACTIVATION_LABELS ? ACTIVATION_LABELS[a as LabActivation] : a);

/** Comment lines opening every exported script: what the network is and where it came from. */
export function pyHeader(net: Network, s: LabSettings, epoch: number, framework: string): string {
  const hidden = s.hidden.length === 0 ? 'ninguna' : `${s.hidden.join(', ')} neuronas (${ACT_NAME(s.activation)})`;
  const loss = engineLoss(s) === 'bce' ? 'entropía cruzada binaria' : 'error cuadrático ½ (a − y)²';
  return [
    `# Red exportada del Laboratorio de «Backpropagation explicado visualmente» para ${framework}.`,
    `# Entradas: ${s.features.map((f) => FEATURE_LABELS[f]).join(', ')} · capas ocultas: ${hidden} · salida: ${ACT_NAME(net.layers[net.layers.length - 1]!.activation)}`,
    `# Pérdida: ${loss} · época ${epoch} · semilla ${s.seed}. Los pesos están en float64, exactos.`,
  ].join('\n');
}
