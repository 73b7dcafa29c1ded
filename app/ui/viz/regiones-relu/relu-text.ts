import { formatNumber, subscript } from '../model/format';
import type { NeuronView, ReluSnapshot } from './relu-run';

/** "h₂, h₅" from neuron indices. */
export function neuronList(indices: readonly number[]): string {
  const names = indices.map((j) => `h${subscript(j + 1)}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}`;
}

/** The line z = 0 of a neuron as the learner reads it: "0,82·x₁ − 1,20·x₂ + 0,31 = 0". */
export function lineEquation(n: NeuronView): string {
  const term = (v: number, name: string, first: boolean) => `${first ? (v < 0 ? '−' : '') : v < 0 ? ' − ' : ' + '}${formatNumber(Math.abs(v))}${name}`;
  // A bias that rounds to zero (as at the start, when the engine sets every bias to 0) is left out.
  const bias = Math.abs(n.b) < 0.005 ? '' : term(n.b, '', false);
  return `${term(n.w1, '·x₁', true)}${term(n.w2, '·x₂', false)}${bias} = 0`;
}

/** What the live region says about one neuron. */
export function describeNeuron(snapshot: ReluSnapshot, j: number, total: number): string {
  const n = snapshot.neurons[j]!;
  const name = `h${subscript(j + 1)}`;
  if (n.dead) {
    const why = snapshot.activation === 'relu' ? 'está muerta: ningún punto la activa, así que su derivada es 0 en todos y backpropagation ya no mueve sus pesos' : 'está apagada en todos los puntos, pero con leaky ReLU aún recibe un gradiente reducido (α = 0,1) y puede volver';
    return `${name}: z = ${lineEquation(n)}. ${why}.`;
  }
  return `${name}: activa (z > 0) en ${n.activeCount} de ${total} puntos, los de la región que queda a color (el lado apagado se vela); su frontera es la recta ${lineEquation(n)}.`;
}

/** What changed between two snapshots of a training run, for the live region (empty when nothing worth saying). */
export function describeChange(before: ReluSnapshot, after: ReluSnapshot, total: number): string {
  const died = after.neurons.flatMap((n, j) => (n.dead && !before.neurons[j]!.dead ? [j] : []));
  const revived = after.neurons.flatMap((n, j) => (!n.dead && before.neurons[j]!.dead ? [j] : []));
  const parts: string[] = [];
  const dead = after.activation === 'relu' ? 'muerto' : 'apagado';
  if (died.length > 0) parts.push(`${died.length === 1 ? 'ha' : 'han'} ${dead} ${neuronList(died)}`);
  if (revived.length > 0) parts.push(`${revived.length === 1 ? 'vuelve' : 'vuelven'} a activarse ${neuronList(revived)}`);
  if (after.diverged && !before.diverged) parts.push('el entrenamiento ha divergido y se detiene');
  if (parts.length === 0) return '';
  return `Época ${after.epoch}: ${parts.join('; ')}. ${summary(after, total)}`;
}

/** "Pérdida 0,69; neuronas muertas: 8 de 8." */
export function summary(s: ReluSnapshot, total: number): string {
  const word = s.activation === 'relu' ? 'muertas' : 'apagadas';
  return `Pérdida ${formatNumber(s.loss, 3)}; neuronas ${word}: ${s.deadCount} de ${s.neurons.length}; regiones lineales visibles: ${s.regions}. (${total} puntos de datos.)`;
}
