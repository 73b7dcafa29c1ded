import { formatNumber } from '../model/format';
import type { ReplayStep } from './backward-replay';
import type { ChainGraph, ChainPath } from './chain-graph';
import type { NudgeReport } from './nudge';
import { derivativeName, factor, sumText } from './path-text';

/** What a screen reader hears on a node: its value, its gradient and what Enter does. */
export function describeNode(graph: ChainGraph, id: number, grad: number): string {
  const node = graph.nodes[id]!;
  const kind = node.isLeaf ? 'Hoja' : 'Operación';
  return `${kind} ${node.label}: valor ${formatNumber(node.data, 3)}, gradiente ${derivativeName(graph, id)} = ${formatNumber(grad, 3)}. Intro muestra sus caminos hasta L.`;
}

/** Announced when a node is selected: how many paths, and the chain rule's result. */
export function selectionStatus(graph: ChainGraph, id: number, paths: readonly ChainPath[]): string {
  const name = derivativeName(graph, id);
  if (id === graph.root) return 'L es la propia pérdida: ∂L/∂L = 1. Elige otro nodo para ver sus caminos.';
  const how = paths.length === 1 ? 'Un solo camino hasta L: el producto de sus derivadas locales' : `${paths.length} caminos hasta L: la suma de sus productos`;
  return `${how} da ${name} = ${sumText(paths)}.`;
}

/** Announced after a nudge: the loss before and after and the prediction. */
export function nudgeStatus(leaf: string, report: NudgeReport): string {
  return `${leaf} + ${formatNumber(report.epsilon, 3)}: L pasa de ${formatNumber(report.lossBefore, 5)} a ${formatNumber(report.lossAfter, 5)}. Cambio real ${formatNumber(report.actualChange, 5)}; predicho con el gradiente ${formatNumber(report.predictedChange, 5)}.`;
}

/** Announced at each step of the replayed backward pass. */
export function replayStatus(graph: ChainGraph, steps: readonly ReplayStep[], done: number): string {
  if (done === 0) return `Backward desde L: ∂L/∂L = 1 y los demás gradientes empiezan en 0. Quedan ${steps.length} operaciones.`;
  const step = steps[done - 1]!;
  const node = graph.nodes[step.node]!.label;
  const shares = step.shares.map((s) => {
    const parent = graph.nodes[s.parent]!.label;
    const sum = Math.abs(s.parentGrad - s.added) > 1e-12 ? ` (acumulado: ${formatNumber(s.parentGrad, 3)})` : '';
    return `${parent} recibe ${factor(s.local)} × ${factor(step.grad)} = ${formatNumber(s.added, 3)}${sum}`;
  });
  const end = done === steps.length ? ' Backward terminado: todos los gradientes son definitivos.' : '';
  return `Paso ${done} de ${steps.length}: ${node} tiene grad ${formatNumber(step.grad, 3)} y lo reparte. ${shares.join('; ')}.${end}`;
}
