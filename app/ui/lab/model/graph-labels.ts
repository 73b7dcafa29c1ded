import type { Feature, GraphNode, ValueOp } from '@/lib/engine';
import { num } from '../format';
import { symbolAt } from './chain-labels';
import { FEATURE_LABELS } from './lab-state';
import type { WeightRef } from './weight-paths';

/** What an unnamed operation node shows. */
const OP_SYMBOLS: Partial<Record<ValueOp, string>> = { add: '+', sub: '−', mul: '×', div: '÷', neg: '−( )', pow: '( )²', exp: 'exp', log: 'ln', tanh: 'tanh', sigmoid: 'σ', relu: 'ReLU', leakyRelu: 'ReLU' };

/** The weight a node stands for (the engine labels weights w{layer}_{to}_{from}), or null. */
export function weightOfLabel(label: string): WeightRef | null {
  const m = /^w(\d+)_(\d+)_(\d+)$/.exec(label);
  return m ? { layer: Number(m[1]), to: Number(m[2]), from: Number(m[3]) } : null;
}

/**
 * A node's name as the lab writes it: the input's feature, w₂₁⁽¹⁾, b₂⁽¹⁾, z₂⁽¹⁾, a₂⁽¹⁾, L,
 * or the symbol of its operation. Engine labels: x{i}, w{l}_{j}_{i}, b{l}_{j}, z{l}_{j}, a{l}_{j}.
 */
export function graphNodeLabel(node: GraphNode, features: readonly Feature[]): string {
  const m = /^([xwbza])(\d+)(?:_(\d+))?(?:_(\d+))?$/.exec(node.label);
  if (!m) return node.label || (OP_SYMBOLS[node.op] ?? node.op);
  const [, letter, a, b, c] = m;
  if (letter === 'x') return FEATURE_LABELS[features[Number(a)]!];
  const units = [b, c].filter((u) => u !== undefined).map(Number);
  return symbolAt(letter!, Number(a), ...units);
}

/** A node in words for screen readers: its name, what it is, its value and ∂L/∂node. */
export function graphNodeDescription(name: string, node: GraphNode): string {
  const kind = node.op === 'leaf' ? 'valor de partida' : `operación ${OP_SYMBOLS[node.op] ?? node.op}`;
  return `${name}, ${kind}: valor ${num(node.data)}, gradiente ${num(node.grad)}`;
}
