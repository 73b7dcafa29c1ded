import { formatNumber } from '../model/format';
import type { DiagramActivation } from '../model/network-forward';
import { type DiagramItem, unitName } from '../model/network-layout';
import { type BackwardSnapshot, deltaKnown, frontLayer, stepCount } from './backward-model';

/** δs are small numbers: three decimals keep their differences visible. */
export const DELTA_DECIMALS = 3;

const fmt = (v: number) => formatNumber(v, DELTA_DECIMALS);

/** How the course writes the slope of each activation at z. */
export function derivativeName(activation: DiagramActivation): string {
  return { sigmoid: 'σ′(z)', tanh: 'tanh′(z)', relu: 'ReLU′(z)', linear: 'f′(z)' }[activation];
}

/** The slope's name for diagram layer `layer` (the output may use another activation). */
export function slopeName(snapshot: BackwardSnapshot, layer: number): string {
  return derivativeName(layer === snapshot.sizes.length - 1 ? snapshot.outputActivation : snapshot.activation);
}

/** A layer as the learner reads it: «la salida», «la capa oculta 2». */
export function layerName(sizes: readonly number[], layer: number): string {
  if (layer === sizes.length - 1) return 'la salida';
  return sizes.length > 3 ? `la capa oculta ${layer}` : 'la capa oculta';
}

/** ŷ = …, y = … and L for the learner, one output after another. */
export function lossText(snapshot: BackwardSnapshot): string {
  const sizes = snapshot.sizes;
  const last = sizes.length - 1;
  const pairs = Array.from(snapshot.target, (y, k) => `${unitName(sizes, last, k)} = ${formatNumber(snapshot.a[last - 1]![k]!)} frente a y = ${formatNumber(y)}`);
  return `${pairs.join('; ')}. Pérdida L = ½ Σ (ŷ − y)² = ${fmt(snapshot.loss)}.`;
}

/** What the live region says after moving to `step`. */
export function stepStatus(snapshot: BackwardSnapshot, step: number): string {
  const sizes = snapshot.sizes;
  if (step === 0) return `Forward pass hecho. ${lossText(snapshot)} Aún no se conoce ningún δ.`;
  const layer = frontLayer(sizes, step);
  const deltas = Array.from(snapshot.delta[layer - 1]!, (d, k) => `δ de ${unitName(sizes, layer, k).split(' ')[0]} = ${fmt(d)}`).join('; ');
  const rule = layer === sizes.length - 1 ? '(ŷ − y) por la pendiente de la activación' : 'la suma de w·δ de la capa siguiente, por la pendiente de la activación';
  const weights = sizes[layer]! * sizes[layer - 1]!;
  const done = step === stepCount(sizes) ? ' Todos los pesos tienen ya su culpa: backpropagation ha terminado.' : '';
  const blamed = weights === 1 ? 'El peso que llega a esa capa ya tiene su culpa ∂L/∂w' : `Los ${weights} pesos que llegan a esa capa ya tienen su culpa ∂L/∂w`;
  return `δ en ${layerName(sizes, layer)}: ${rule}. ${deltas}. ${blamed}.${done}`;
}

/** The tooltip and announcement for a neuron or a weight at the current step. */
export function describeBackwardItem(item: DiagramItem, snapshot: BackwardSnapshot, step: number): string {
  const sizes = snapshot.sizes;
  if (item.kind === 'edge') {
    const k = item.to * sizes[item.layer]! + item.from;
    const name = `Peso de ${unitName(sizes, item.layer, item.from)} a ${unitName(sizes, item.layer + 1, item.to)}: w = ${formatNumber(snapshot.weights[item.layer]![k]!)}`;
    return deltaKnown(sizes, item.layer + 1, step) ? `${name}, culpa ∂L/∂w = δ·a = ${fmt(snapshot.gradW[item.layer]![k]!)}` : `${name}; su culpa llega cuando se conozca el δ de su destino`;
  }
  const name = unitName(sizes, item.layer, item.index);
  if (item.layer === 0) return `Entrada ${name} = ${formatNumber(snapshot.inputs[item.index]!)} (las entradas no tienen δ)`;
  const l = item.layer - 1;
  const values = `z = ${formatNumber(snapshot.z[l]![item.index]!)}, a = ${formatNumber(snapshot.a[l]![item.index]!)}, ${slopeName(snapshot, item.layer)} = ${fmt(snapshot.fp[l]![item.index]!)}`;
  const delta = deltaKnown(sizes, item.layer, step) ? `δ = ${fmt(snapshot.delta[l]![item.index]!)}` : 'δ aún sin calcular';
  return `Neurona ${name}: ${values}, ${delta}`;
}
