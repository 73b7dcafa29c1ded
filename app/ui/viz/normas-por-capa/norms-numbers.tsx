import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';

const HEADERS = ['Capa', '‖∂L/∂W‖', '‖ΔW‖/‖W‖'];

interface NormsNumbersProps {
  step: number;
  layers: number;
  /** Per layer, first to last, for that update (empty before training). */
  norms: readonly number[];
  ratios: readonly number[];
  loss: number;
}

/** ‖∂L/∂W‖ and ‖ΔW‖/‖W‖ of every layer at the last update. */
export function NormsNumbers({ step, layers, norms, ratios, loss }: NormsNumbersProps) {
  if (norms.length === 0) {
    const rows = Array.from({ length: layers }, (_, l) => [`Capa ${l + 1}`, '—', '—']);
    return <NumbersTable caption="Paso 0: todavía no se ha calculado ningún gradiente; pulsa «Un paso»." headers={HEADERS} rows={rows} />;
  }
  const rows = norms.map((norm, l) => [`Capa ${l + 1}`, formatNumber(norm, 6), formatNumber(ratios[l]!, 6)]);
  return (
    <NumbersTable
      caption={`Paso ${step}, pérdida del lote ${formatNumber(loss, 4)}: norma del gradiente de cada capa y tamaño relativo de su actualización`}
      headers={HEADERS}
      rows={rows}
    />
  );
}
