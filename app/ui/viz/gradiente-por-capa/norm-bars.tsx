import { formatNumber } from '../model/format';
import { powerOfTenLabel } from '../normas-por-capa/norms-chart-options';
import { logBars } from './log-bars';

const WIDTH = 400;
const ROW = 24;
const LEFT = 62;
const RIGHT = 86;
const AXIS = 28;

/** One bar per layer (first at the top), lengths on a log axis, each with its value; a static SVG. */
export function NormBars({ norms, colors, label }: { norms: readonly number[]; colors: readonly string[]; label: string }) {
  const { lo, hi, fractions } = logBars(norms);
  const span = WIDTH - LEFT - RIGHT;
  const height = norms.length * ROW + AXIS;
  const every = hi - lo > 8 ? 2 : 1;
  const ticks = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k).filter((e) => (e - lo) % every === 0);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} className="h-auto w-full max-w-xl">
      <g className="stroke-slate-200 dark:stroke-slate-700">
        {ticks.map((e) => {
          const x = LEFT + ((e - lo) / (hi - lo)) * span;
          return <line key={e} x1={x} x2={x} y1={0} y2={norms.length * ROW} />;
        })}
      </g>
      <g fontSize="13" className="fill-slate-700 dark:fill-slate-300">
        {ticks.map((e) => (
          <text key={e} x={LEFT + ((e - lo) / (hi - lo)) * span} y={height - 8} textAnchor="middle">
            {powerOfTenLabel(10 ** e)}
          </text>
        ))}
      </g>
      {norms.map((norm, l) => (
        <g key={l} fontSize="13" className="fill-slate-800 dark:fill-slate-200">
          <text x={LEFT - 8} y={l * ROW + ROW / 2 + 4} textAnchor="end">
            Capa {l + 1}
          </text>
          <rect x={LEFT} y={l * ROW + 5} width={Math.max(1, fractions[l]! * span)} height={ROW - 10} rx={2} fill={colors[l]} />
          <text x={WIDTH - 4} y={l * ROW + ROW / 2 + 4} textAnchor="end" className="tabular-nums">
            {formatNumber(norm, 4)}
          </text>
        </g>
      ))}
    </svg>
  );
}
