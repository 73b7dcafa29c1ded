import { Chart, type ChartOptions, LinearScale, LineController, LineElement, LogarithmicScale, PointElement } from 'chart.js';
import type { Palette } from '../draw/palette';

// Lines on a linear x axis and a logarithmic y axis; no legend, tooltip or animation plugins.
Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale);

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1e-4 → "10⁻⁴": the y ticks name powers of ten only, the way the lessons read them. */
export function powerOfTenLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(value / 10 ** exponent - 1) > 1e-9) return '';
  const digits = String(Math.abs(exponent))
    .split('')
    .map((c) => SUPERSCRIPT[Number(c)])
    .join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/**
 * Updates on x, ‖∂L/∂W‖ on a log y axis, both fitted to the data, no animation. The x axis
 * shows at least the first 50 updates and then grows with the run, so the first steps are
 * not squeezed against the axis.
 */
export function normsChartOptions(palette: Palette): ChartOptions<'line'> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    events: [],
    locale: 'es-ES',
    scales: {
      x: {
        type: 'linear',
        min: 0,
        suggestedMax: 50,
        title: { display: true, text: 'Paso de entrenamiento', color: palette.text },
        ticks: { color: palette.muted, maxTicksLimit: 6 },
        grid: { color: palette.grid },
        border: { color: palette.axis },
      },
      y: {
        type: 'logarithmic',
        title: { display: true, text: '‖∂L/∂W‖ (escala logarítmica)', color: palette.text },
        ticks: { color: palette.muted, autoSkip: true, maxTicksLimit: 8, callback: (value) => powerOfTenLabel(Number(value)) },
        grid: { color: palette.grid },
        border: { color: palette.axis },
      },
    },
    elements: { point: { radius: 0 }, line: { borderWidth: 2 } },
  };
}
