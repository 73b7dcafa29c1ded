import { bandColors, rgb } from '../draw/colormap';
import { formatNumber } from '../model/format';

/** Colour of each band of the contour map with the loss where it begins. */
export function ContourLegend({ min, levels }: { min: number; levels: Float64Array }) {
  const colors = bandColors(levels.length + 1);
  const starts = [min, ...levels];
  return (
    <figure className="m-0 text-[0.7rem] leading-tight text-slate-600 dark:text-slate-400">
      <figcaption className="mb-1">Pérdida L: cada color empieza en el valor indicado</figcaption>
      <ul className="m-0 grid list-none p-0" style={{ gridTemplateColumns: `repeat(${colors.length}, minmax(0, 1fr))` }}>
        {colors.map((color, k) => (
          <li key={k} className="m-0 min-w-0 p-0">
            <span aria-hidden="true" className="block h-3" style={{ background: rgb(color) }} />
            <span className="block truncate pt-0.5 tabular-nums">{formatNumber(starts[k]!, starts[k]! < 1 ? 2 : 1)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
