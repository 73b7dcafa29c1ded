'use client';

import dynamic from 'next/dynamic';
import type { QuizSeries } from './quiz-score-types';

const HEIGHT = 288;

// chart.js arrives in its own chunk, only on /mi-progreso and only when there is something to draw;
// the box keeps its height while it loads, so nothing below it moves.
const QuizScoreChart = dynamic(() => import('./quiz-score-chart'), { ssr: false, loading: () => null });

/** Quiz scores over time, drawn once the chart code has loaded. */
export function QuizScoreChartLazy({ series }: { series: QuizSeries[] }) {
  const attempts = series.reduce((n, unit) => n + unit.points.length, 0);
  const label = `Notas de tus cuestionarios a lo largo del tiempo: ${attempts} ${attempts === 1 ? 'intento' : 'intentos'} en ${series.length} ${series.length === 1 ? 'unidad' : 'unidades'}. La tabla de debajo tiene los mismos datos.`;
  return (
    <div className="relative w-full" style={{ height: HEIGHT }} data-testid="grafica-cuestionarios">
      <QuizScoreChart series={series} label={label} />
    </div>
  );
}
