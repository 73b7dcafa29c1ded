import { useId } from 'react';
import type { Palette } from '../draw/palette';
import { formatNumber } from '../model/format';
import { type NumberLine, percentOn } from './number-line';

interface PredictionLineProps {
  line: NumberLine;
  target: number;
  before: number;
  after: number;
  palette: Palette;
  label: string;
}

const AXIS_Y = 34;
const pct = (v: number) => `${v}%`;

/** The target y and the prediction ŷ before (hollow) and after (filled) one update, on one number line with an arrow between. */
export function PredictionLine({ line, target, before, after, palette, label }: PredictionLineProps) {
  const arrowId = `${useId()}-flecha`;
  const [x0, x1, xt] = [percentOn(line, before), percentOn(line, after), percentOn(line, target)];
  const moved = Math.abs(x1 - x0) > 1.5;
  return (
    <svg role="img" aria-label={label} width="100%" height="64" className="block overflow-visible">
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={palette.negative} />
        </marker>
      </defs>
      <line x1="6%" x2="94%" y1={AXIS_Y} y2={AXIS_Y} stroke={palette.axis} strokeWidth="1.5" />
      {line.ticks.map((t) => (
        <g key={t}>
          <line x1={pct(percentOn(line, t))} x2={pct(percentOn(line, t))} y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke={palette.axis} />
          <text x={pct(percentOn(line, t))} y={AXIS_Y + 20} textAnchor="middle" fontSize="11" fill={palette.muted}>
            {formatNumber(t, 1)}
          </text>
        </g>
      ))}
      <line x1={pct(xt)} x2={pct(xt)} y1={AXIS_Y - 14} y2={AXIS_Y + 8} stroke={palette.positive} strokeWidth="3" />
      <text x={pct(xt)} y={AXIS_Y - 19} textAnchor="middle" fontSize="12" fontWeight="600" fill={palette.positive}>
        y
      </text>
      {moved && <line x1={pct(x0)} x2={pct(x1)} y1={AXIS_Y - 10} y2={AXIS_Y - 10} stroke={palette.negative} strokeWidth="2" markerEnd={`url(#${arrowId})`} />}
      <circle cx={pct(x0)} cy={AXIS_Y} r="6" fill={palette.surface} stroke={palette.negative} strokeWidth="2" />
      <circle cx={pct(x1)} cy={AXIS_Y} r="5" fill={palette.negative} />
    </svg>
  );
}
