import type { Feature, Network, ParamRef } from '@/lib/engine';
import { FEATURE_LABELS } from './lab-state';

/** A node of the drawn network in words: a feature, «la neurona 2 de la capa 1» or «la salida». */
export function nodeName(col: number, row: number, features: readonly Feature[], layers: number): string {
  if (col === 0) return FEATURE_LABELS[features[row]!];
  if (col === layers) return 'la salida';
  return `la neurona ${row + 1} de la capa ${col}`;
}

/** A weight or bias of the engine's network in words («w de x₁ a la neurona 1 de la capa 1», «b de la salida»). */
export function paramName(net: Network, p: ParamRef, features: readonly Feature[]): string {
  const layers = net.layers.length;
  if (p.kind === 'b') return `b de ${nodeName(p.layer + 1, p.index, features, layers)}`;
  const nIn = net.layers[p.layer]!.nIn;
  const to = Math.floor(p.index / nIn);
  return `w de ${nodeName(p.layer, p.index % nIn, features, layers)} a ${nodeName(p.layer + 1, to, features, layers)}`;
}
