import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartOptions } from 'chart.js';
import type { Palette } from './palette';

// Only what a line chart on two linear axes needs: no legend, tooltip, title or animations
// plugins, which keeps chart.js's share of the bundle down.
Chart.register(LineController, LineElement, PointElement, LinearScale);

/** Chart options for the loss curve: epochs on x (0 … epochs), loss on y from 0, no animation. */
export function lossChartOptions(epochs: number, yMax: number, palette: Palette): ChartOptions<'line'> {
  const axis = (title: string, max: number) => ({
    type: 'linear' as const,
    min: 0,
    max,
    title: { display: true, text: title, color: palette.text },
    ticks: { color: palette.muted, maxTicksLimit: 6 },
    grid: { color: palette.grid },
    border: { color: palette.axis },
  });
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    events: [],
    locale: 'es-ES',
    scales: { x: axis('Época', epochs), y: axis('Pérdida', yMax) },
    elements: { point: { radius: 0 }, line: { borderWidth: 2, borderColor: palette.positive } },
  };
}
