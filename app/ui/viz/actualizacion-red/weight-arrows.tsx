import { useId } from 'react';
import { numberLineFor } from '../actualizacion-pesos/number-line';
import type { Palette } from '../draw/palette';
import { formatNumber } from '../model/format';
import type { WeightRef } from './network-run';

interface WeightArrowsProps {
  refs: readonly WeightRef[];
  start: readonly Float64Array[];
  now: readonly Float64Array[];
  palette: Palette;
  label: string;
}

const ROW = 22;
const TOP = 8;
const LEFT = 24;
const RIGHT = 4;

/** Every weight on one shared axis: a hollow dot where it started, a filled one where it is now, an arrow between. */
export function WeightArrows({ refs, start, now, palette, label }: WeightArrowsProps) {
  const arrowId = `${useId()}-flecha`;
  const values = refs.flatMap((r) => [start[r.layer]![r.index]!, now[r.layer]![r.index]!]);
  const line = numberLineFor(values, 0.2, 5);
  const x = (v: number) => `${LEFT + (100 - LEFT - RIGHT) * Math.min(Math.max((v - line.lo) / (line.hi - line.lo), 0), 1)}%`;
  const height = TOP + refs.length * ROW + 24;
  const bottom = TOP + refs.length * ROW;
  return (
    <svg role="img" aria-label={label} width="100%" height={height} className="block">
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={palette.accent} />
        </marker>
      </defs>
      {line.ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} stroke={t === 0 ? palette.axis : palette.grid} />
          <text x={x(t)} y={bottom + 16} textAnchor="middle" fontSize="11" fill={palette.muted}>
            {formatNumber(t, 1)}
          </text>
        </g>
      ))}
      {refs.map((r, k) => {
        const y = TOP + k * ROW + ROW / 2;
        const [a, b] = [start[r.layer]![r.index]!, now[r.layer]![r.index]!];
        const far = Math.abs(b - a) > (line.hi - line.lo) * 0.015;
        return (
          <g key={r.label}>
            <text x="0" y={y + 4} fontSize="11" fill={palette.text}>
              {r.label}
            </text>
            {far && <line x1={x(a)} x2={x(b)} y1={y} y2={y} stroke={palette.accent} strokeWidth="2" markerEnd={`url(#${arrowId})`} />}
            <circle cx={x(a)} cy={y} r="4.5" fill={palette.surface} stroke={palette.muted} strokeWidth="1.5" />
            <circle cx={x(b)} cy={y} r="3.5" fill={palette.accent} />
          </g>
        );
      })}
    </svg>
  );
}
