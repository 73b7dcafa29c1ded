import { formatNumber } from '../model/format';
import { diagramItems, unitName } from '../model/network-layout';
import { NumbersTable } from '../shared/numbers-table';
import { type BackwardSnapshot, deltaKnown } from './backward-model';
import { DELTA_DECIMALS, derivativeName } from './backward-text';

interface BackwardNumbersProps {
  snapshot: BackwardSnapshot;
  step: number;
}

/** The figure as tables: every neuron's z, a, f′(z) and δ, then every weight and its ∂L/∂w (— while unknown). */
export function BackwardNumbers({ snapshot, step }: BackwardNumbersProps) {
  const sizes = snapshot.sizes;
  // One slope name when every layer shares the activation, the generic f′(z) otherwise.
  const slope = snapshot.outputActivation === snapshot.activation ? derivativeName(snapshot.activation) : 'f′(z)';
  const neurons = sizes.slice(1).flatMap((n, l) =>
    Array.from({ length: n }, (_, k) => [
      unitName(sizes, l + 1, k),
      formatNumber(snapshot.z[l]![k]!),
      formatNumber(snapshot.a[l]![k]!),
      formatNumber(snapshot.fp[l]![k]!, DELTA_DECIMALS),
      deltaKnown(sizes, l + 1, step) ? formatNumber(snapshot.delta[l]![k]!, DELTA_DECIMALS) : '—',
    ]),
  );
  const weights = diagramItems(sizes).flatMap((item) => {
    if (item.kind !== 'edge') return [];
    const k = item.to * sizes[item.layer]! + item.from;
    const known = deltaKnown(sizes, item.layer + 1, step);
    return [[unitName(sizes, item.layer, item.from), unitName(sizes, item.layer + 1, item.to), formatNumber(snapshot.weights[item.layer]![k]!), known ? formatNumber(snapshot.gradW[item.layer]![k]!, DELTA_DECIMALS) : '—']];
  });
  return (
    <div className="space-y-4">
      <NumbersTable caption="Neuronas: z y a del forward pass, pendiente de la activación y δ (— si aún no se ha calculado)" headers={['Neurona', 'z', 'a', slope, 'δ']} rows={neurons} />
      <NumbersTable caption="Pesos y su culpa ∂L/∂w = δ del destino × a del origen" headers={['De', 'A', 'w', '∂L/∂w']} rows={weights} />
    </div>
  );
}
