'use client';

import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { QuizSeries } from './quiz-score-types';

// A line per unit on two linear axes (time as milliseconds: no date adapter to ship), with the
// legend and tooltip a learner needs to tell units and attempts apart.
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

// Mid-tone hues that stay readable on the light and the dark background.
const COLOURS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626', '#4b5563', '#9333ea', '#0d9488', '#ca8a04', '#475569'];

const day = new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'short', timeZone: 'Europe/Madrid' });
const moment = new Intl.DateTimeFormat('es-ES', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Madrid' });

function options(): ChartOptions<'line'> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    locale: 'es-ES',
    scales: {
      x: { type: 'linear', ticks: { maxTicksLimit: 6, callback: (value) => day.format(Number(value)) } },
      y: { type: 'linear', min: 0, max: 100, title: { display: true, text: 'Nota (%)' }, ticks: { stepSize: 25 } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12 } },
      tooltip: { callbacks: { title: (items) => moment.format(items[0]?.parsed.x ?? 0), label: (item) => `${item.dataset.label}: ${Math.round(item.parsed.y ?? 0)} %` } },
    },
    elements: { line: { borderWidth: 2, tension: 0 }, point: { radius: 4, hoverRadius: 6 } },
  };
}

/** Every submitted quiz score over time, one line per unit. */
export default function QuizScoreChart({ series, label }: { series: QuizSeries[]; label: string }) {
  const data = useMemo(
    () => ({
      datasets: series.map((unit, index) => {
        const colour = COLOURS[index % COLOURS.length]!;
        return { label: unit.label, data: unit.points.map((point) => ({ x: point.at, y: Math.round(point.score * 1000) / 10 })), borderColor: colour, backgroundColor: colour };
      }),
    }),
    [series],
  );
  return <Line data={data} options={options()} role="img" aria-label={label} />;
}
