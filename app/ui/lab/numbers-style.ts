/** Cell classes shared by the «Ver los números» tables. */
export const th = 'border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-600';
export const td = 'border-b border-slate-100 px-2 py-0.5 font-mono dark:border-slate-800';

/** Short names of the table rows: a feature, «c1·n2» (layer 1, neuron 2) or «salida». */
export function unitLabel(layers: number, l: number, j: number): string {
  return l === layers - 1 ? 'salida' : `c${l + 1}·n${j + 1}`;
}
