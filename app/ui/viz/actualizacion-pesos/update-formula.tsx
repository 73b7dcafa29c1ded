import { formatNumber } from '../model/format';

interface UpdateFormulaProps {
  /** The weight's name as the course writes it (w₁, w₂). */
  name: string;
  weight: number;
  eta: string;
  gradient: number;
  newWeight: number;
}

/** The update rule with this step's numbers in it: w ← w − η·∂L/∂w = … = new w. */
export function UpdateFormula({ name, weight, eta, gradient, newWeight }: UpdateFormulaProps) {
  const g = formatNumber(gradient, 3);
  return (
    <p className="m-0 rounded-md bg-slate-50 px-3 py-2 text-sm leading-relaxed tabular-nums dark:bg-slate-800/60">
      <span className="whitespace-nowrap">
        {name} nuevo = {name} − η · ∂L/∂{name}
      </span>{' '}
      <span className="whitespace-nowrap">
        = {formatNumber(weight, 3)} − {eta} · {gradient < 0 ? `(${g})` : g}
      </span>{' '}
      <span className="whitespace-nowrap font-semibold text-brand-700 dark:text-brand-300">= {formatNumber(newWeight, 3)}</span>
    </p>
  );
}
