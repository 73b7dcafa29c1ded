import type { Feature, Network } from '@/lib/engine';
import { num } from '../format';
import type { GradientView } from './inspect-gradients';
import { nodeName } from './param-names';
import type { PhaseView } from './phase-stepper';
import type { FocusTarget } from './roving-focus';

/** Where a weight goes, in words: «Peso de x₁ a la neurona 2 de la capa 1». */
export function weightName(net: Network, features: readonly Feature[], layer: number, to: number, from: number): string {
  const layers = net.layers.length;
  return `Peso de ${nodeName(layer, from, features, layers)} a ${nodeName(layer + 1, to, features, layers)}`;
}

/** The numbers of a weight or bias for its tooltip: value, mean (or this example's) gradient and, after an update, the change. */
export function targetDescription(net: Network, features: readonly Feature[], t: FocusTarget, grad: GradientView | null, phase: PhaseView | null): string {
  const layer = net.layers[t.layer]!;
  const pl = phase?.layers[t.layer];
  if (t.kind === 'b') {
    const g = pl?.db?.[t.to] ?? grad?.db[t.layer]?.[t.to];
    let text = `Sesgo de ${nodeName(t.layer + 1, t.to, features, net.layers.length)}: b = ${num(layer.b[t.to]!)}`;
    if (g !== undefined) text += `; ∂L/∂b = ${num(g)}`;
    if (pl?.deltaB) text += `; Δb = ${num(pl.deltaB[t.to]!)}`;
    return text;
  }
  const k = t.to * layer.nIn + t.from;
  const g = pl?.dW?.[k] ?? grad?.dW[t.layer]?.[k];
  let text = `${weightName(net, features, t.layer, t.to, t.from)}: w = ${num(layer.W[k]!)}`;
  if (g !== undefined) text += `; ∂L/∂w = ${num(g)}`;
  if (pl?.deltaW) text += `; Δw = ${num(pl.deltaW[k]!)}`;
  return text;
}
