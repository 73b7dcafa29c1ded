import { lossValue, type Network } from '@/lib/engine';
import type { LabSession } from './lab-session';
import { stepOptions } from './build-network';

export const PHASES = ['forward', 'perdida', 'backward', 'actualizacion'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  forward: 'Paso hacia delante',
  perdida: 'Pérdida',
  backward: 'Paso hacia atrás',
  actualizacion: 'Actualización',
};

/** Copies of one layer's numbers at a phase. */
export interface LayerNumbers {
  /** Weights as they were at this phase (the chain rule of a clicked weight reads them). */
  W: Float64Array;
  z: Float64Array;
  a: Float64Array;
  delta: Float64Array | null;
  dW: Float64Array | null;
  db: Float64Array | null;
  /** W_after − W_before at the update (the Δw = −η·(∂L/∂w + regularisation)). */
  deltaW: Float64Array | null;
  deltaB: Float64Array | null;
}

export interface PhaseView {
  phase: Phase;
  /** Training row being followed. */
  row: number;
  x: Float64Array;
  target: number;
  output: number;
  loss: number | null;
  layers: LayerNumbers[];
  diverged: boolean;
}

function copyLayers(net: Network, withGrad: boolean): LayerNumbers[] {
  return net.layers.map((l) => ({
    W: l.W.slice(),
    z: l.z.slice(),
    a: l.a.slice(),
    delta: withGrad ? l.delta.slice() : null,
    dW: withGrad ? l.dW.slice() : null,
    db: withGrad ? l.db.slice() : null,
    deltaW: null,
    deltaB: null,
  }));
}

/**
 * Follows one training example through the four phases, one call per phase:
 * forward (z = Wa + b, a = f(z)), pérdida (L of the output), backward (δ and ∂L/∂w = δ·a_prev
 * for this example) and actualización (w ← w − η·∂L/∂w). The update moves the cursor on by one
 * example, like a mini-batch of one.
 */
export function nextPhase(session: LabSession, previous: PhaseView | null): PhaseView {
  const net = session.net;
  const nIn = net.inputSize;
  const phase: Phase = previous && previous.phase !== 'actualizacion' ? PHASES[PHASES.indexOf(previous.phase) + 1]! : 'forward';
  const row = phase === 'forward' ? session.cursor : previous!.row;
  const x = session.data.trainX.slice(row * nIn, (row + 1) * nIn);
  const target = session.data.trainY[row]!;
  // Drawing runs forward passes of its own between phases, so each phase redoes this example's forward.
  const output = net.forward(x)[0]!;
  const base = { phase, row, x, target, output, diverged: false };
  if (phase === 'forward') return { ...base, loss: null, layers: copyLayers(net, false) };
  const loss = lossValue(net.loss, [output], [target]);
  if (phase === 'perdida') return { ...base, loss, layers: copyLayers(net, false) };
  // Gradient views zero the accumulators between phases, so the update recomputes this example's gradient.
  net.zeroGradients();
  net.backward([target]);
  if (phase === 'backward') return { ...base, loss, layers: copyLayers(net, true) };
  const before = net.layers.map((l) => ({ W: l.W.slice(), b: l.b.slice() }));
  const layers = copyLayers(net, true);
  const report = net.step(stepOptions(session.settings));
  if (report.status === 'diverged') session.divergence = { loss };
  else session.advance(1);
  net.layers.forEach((l, k) => {
    layers[k]!.deltaW = l.W.map((w, i) => w - before[k]!.W[i]!);
    layers[k]!.deltaB = l.b.map((b, i) => b - before[k]!.b[i]!);
  });
  return { ...base, loss, layers, diverged: report.status === 'diverged' };
}
