import type { Chart as ChartInstance } from 'chart.js';
import { useMemo, type Ref } from 'react';
import { Chart } from 'react-chartjs-2';
import { lossChartOptions } from '../draw/chart-setup';
import type { Palette } from '../draw/palette';
import type { CurvePoint } from '../draw/training-loop';

interface LossChartProps {
  chartRef: Ref<ChartInstance<'line', CurvePoint[]> | undefined>;
  points: CurvePoint[];
  epochs: number;
  yMax: number;
  palette: Palette;
  label: string;
}

/** The loss-per-epoch line drawn by chart.js, in a fixed-ratio box; the training loop appends to `points`. */
export function LossChart({ chartRef, points, epochs, yMax, palette, label }: LossChartProps) {
  const data = useMemo(() => ({ datasets: [{ data: points }] }), [points]);
  const options = useMemo(() => lossChartOptions(epochs, yMax, palette), [epochs, yMax, palette]);
  return (
    <div className="relative w-full" style={{ aspectRatio: '4 / 3', maxHeight: 360 }}>
      <Chart ref={chartRef} type="line" data={data} options={options} role="img" aria-label={label} />
    </div>
  );
}
