import { formatNumber } from '../model/format';
import { type DiagramItem, unitName } from '../model/network-layout';
import { type BackwardSnapshot, deltaBreakdown, deltaKnown } from './backward-model';
import { DELTA_DECIMALS, lossText, slopeName } from './backward-text';

interface DeltaBreakdownProps {
  snapshot: BackwardSnapshot;
  step: number;
  /** The neuron or weight to explain; null explains the loss (before any δ is known). */
  item: DiagramItem | null;
}

const d3 = (v: number) => formatNumber(v, DELTA_DECIMALS);
/** A factor after × or +: negative numbers in brackets so the signs read unambiguously. */
const factor = (text: string) => (text.startsWith('−') ? `(${text})` : text);

/** The arithmetic behind the highlighted δ or ∂L/∂w, written out term by term. */
export function DeltaBreakdownPanel({ snapshot, step, item }: DeltaBreakdownProps) {
  return <div className="min-h-[6.5rem] rounded-md bg-slate-50 px-3 py-2 text-sm tabular-nums dark:bg-slate-800/60">{lines(snapshot, step, item)}</div>;
}

function lines(snapshot: BackwardSnapshot, step: number, item: DiagramItem | null) {
  const sizes = snapshot.sizes;
  // Full names («h₁ (capa oculta 2)»): in deeper networks every hidden layer has its own h₁.
  const fullName = (layer: number, k: number) => unitName(sizes, layer, k);
  if (!item) {
    return (
      <>
        <p className="m-0 font-semibold">Solo la salida tiene un error visible</p>
        <p className="m-0">{lossText(snapshot)}</p>
        <p className="m-0">Pulsa «Paso atrás» para convertir ese error en el δ de la salida.</p>
      </>
    );
  }
  if (item.kind === 'edge') {
    const from = fullName(item.layer, item.from);
    const to = fullName(item.layer + 1, item.to);
    const a = item.layer === 0 ? snapshot.inputs[item.from]! : snapshot.a[item.layer - 1]![item.from]!;
    const known = deltaKnown(sizes, item.layer + 1, step);
    return (
      <>
        <p className="m-0 font-semibold">
          Culpa del peso de {from} a {to}: ∂L/∂w = δ de {to} × a de {from}
        </p>
        <p className="m-0">
          {known
            ? `= ${d3(snapshot.delta[item.layer]![item.to]!)} × ${factor(d3(a))} = ${d3(snapshot.gradW[item.layer]![item.to * sizes[item.layer]! + item.from]!)}`
            : `Aún no se conoce: hace falta el δ de ${to}. La activación de ${from} ya la dejó el forward pass: a = ${formatNumber(a)}.`}
        </p>
      </>
    );
  }
  const name = fullName(item.layer, item.index);
  if (item.layer === 0) {
    return <p className="m-0">La entrada {name} = {formatNumber(snapshot.inputs[item.index]!)} no tiene δ: no hay nada que ajustar detrás de ella. Su valor multiplica el δ de cada neurona de la primera capa oculta para dar la culpa de sus pesos.</p>;
  }
  if (!deltaKnown(sizes, item.layer, step)) {
    return <p className="m-0">El δ de {name} aún no se ha calculado: necesita los δ de la capa siguiente. Sigue pulsando «Paso atrás».</p>;
  }
  const parts = deltaBreakdown(snapshot, item.layer, item.index);
  const fprime = slopeName(snapshot, item.layer);
  const result = (
    <p className="m-0">
      × {fprime} = {d3(parts.fp)} → <strong>δ = {d3(parts.delta)}</strong>
    </p>
  );
  if (parts.kind === 'output') {
    return (
      <>
        <p className="m-0 font-semibold">δ de {name} = (ŷ − y) × {fprime}</p>
        <p className="m-0">ŷ − y = {d3(parts.prediction)} − {factor(formatNumber(parts.target))} = {d3(parts.error)}</p>
        {result}
      </>
    );
  }
  const sum = parts.terms.map((t) => `${factor(formatNumber(t.w))}·${factor(d3(t.delta))}`).join(' + ');
  return (
    <>
      <p className="m-0 font-semibold">
        δ de {name} = (Σ w·δ de la capa siguiente) × {fprime}
      </p>
      <p className="m-0">
        Σ w·δ = {sum} = {d3(parts.sum)}
      </p>
      {result}
    </>
  );
}
