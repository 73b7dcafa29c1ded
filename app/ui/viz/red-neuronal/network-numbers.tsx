import { formatNumber } from '../model/format';
import type { NetworkSnapshot } from '../model/network-forward';
import { diagramItems, unitName } from '../model/network-layout';
import { NumbersTable } from '../shared/numbers-table';

interface NetworkNumbersProps {
  snapshot: NetworkSnapshot;
  /** Layers computed so far; null in the static diagram (weights and biases only). */
  revealed: number | null;
}

/** The diagram's values as tables: every weight, then every neuron's b, z and a. */
export function NetworkNumbers({ snapshot, revealed }: NetworkNumbersProps) {
  const sizes = snapshot.sizes;
  const weights = diagramItems(sizes).flatMap((item) =>
    item.kind === 'edge'
      ? [[unitName(sizes, item.layer, item.from), unitName(sizes, item.layer + 1, item.to), formatNumber(snapshot.weights[item.layer]![item.to * sizes[item.layer]! + item.from]!)]]
      : [],
  );
  const neurons = sizes.slice(1).flatMap((n, l) =>
    Array.from({ length: n }, (_, k) => {
      const known = revealed !== null && revealed > l;
      return [
        unitName(sizes, l + 1, k),
        formatNumber(snapshot.biases[l]![k]!),
        known ? formatNumber(snapshot.z[l]![k]!) : '—',
        known ? formatNumber(snapshot.a[l]![k]!) : '—',
      ];
    }),
  );
  return (
    <div className="space-y-4">
      <NumbersTable caption="Pesos (w)" headers={['De', 'A', 'w']} rows={weights} />
      <NumbersTable caption="Neuronas: sesgo b, suma z y activación a (— si aún no se ha calculado)" headers={['Neurona', 'b', 'z', 'a']} rows={neurons} />
    </div>
  );
}
