import type { Chart as ChartInstance } from 'chart.js';
import { type KeyboardEventHandler, useMemo, type Ref } from 'react';
import { Chart } from 'react-chartjs-2';
import type { Palette } from '../draw/palette';
import { normsChartOptions } from './norms-chart-options';
import type { NormPoint } from './norms-loop';

interface NormsChartProps {
  chartRef: Ref<ChartInstance<'line', NormPoint[]> | undefined>;
  /** lines[l]: layer l's points, which the training loop appends to. */
  lines: NormPoint[][];
  colors: readonly string[];
  palette: Palette;
  label: string;
  /** Keys on the focused chart, and what they do (read to screen readers). */
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
  keysHelp: string;
}

/** One ‖∂L/∂W‖ line per layer on a log axis, drawn by chart.js in a fixed-ratio box. */
export function NormsChart({ chartRef, lines, colors, palette, label, onKeyDown, keysHelp }: NormsChartProps) {
  const data = useMemo(() => ({ datasets: lines.map((points, l) => ({ data: points, borderColor: colors[l], spanGaps: false })) }), [lines, colors]);
  const options = useMemo(() => normsChartOptions(palette), [palette]);
  return (
    <div
      role="group"
      aria-label={keysHelp}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="relative w-full rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      style={{ aspectRatio: '4 / 3', maxHeight: 360 }}
    >
      <Chart ref={chartRef} type="line" data={data} options={options} role="img" aria-label={label} />
    </div>
  );
}
