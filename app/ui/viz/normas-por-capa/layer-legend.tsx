/** The colour ramp of the lines, from the first layer (next to the input) to the last (the output). */
export function LayerLegend({ colors }: { colors: readonly string[] }) {
  const ramp = `linear-gradient(to right, ${colors.join(', ')})`;
  return (
    <div className="flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
      <span>capa 1 (entrada)</span>
      <span className="h-2.5 min-w-12 flex-1 rounded-sm" style={{ background: ramp }} />
      <span>capa {colors.length} (salida)</span>
    </div>
  );
}
