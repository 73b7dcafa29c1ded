interface DeadChartProps {
  /** Dead neurons after each epoch, index 0 being the starting weights. */
  history: readonly number[];
  neurons: number;
  leaky: boolean;
}

const W = 300;
const H = 64;
const LEFT = 22;
const BOTTOM = 14;

/** A step line of the dead-neuron count over the epochs trained since the last reset. */
export function DeadChart({ history, neurons, leaky }: DeadChartProps) {
  const epochs = Math.max(300, history.length - 1);
  const x = (epoch: number) => LEFT + (epoch / epochs) * (W - LEFT - 4);
  const y = (count: number) => 4 + (1 - count / neurons) * (H - BOTTOM - 4);
  let path = `M${x(0)},${y(history[0] ?? 0)}`;
  for (let e = 1; e < history.length; e++) if (history[e] !== history[e - 1] || e === history.length - 1) path += `H${x(e)}V${y(history[e]!)}`;
  const word = leaky ? 'apagadas' : 'muertas';
  const peak = Math.max(0, ...history);
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-md text-slate-700 dark:text-slate-300" role="img" aria-label={`Neuronas ${word} a lo largo de ${history.length - 1} épocas: ahora ${history[history.length - 1] ?? 0} de ${neurons}, como máximo ${peak}.`}>
        <line x1={LEFT} y1={y(0)} x2={W - 4} y2={y(0)} className="stroke-slate-400" strokeWidth="1" />
        <line x1={LEFT} y1={y(neurons)} x2={W - 4} y2={y(neurons)} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth="1" strokeDasharray="3 3" />
        <text x={LEFT - 4} y={y(0)} textAnchor="end" dominantBaseline="middle" fontSize="9" fill="currentColor">0</text>
        <text x={LEFT - 4} y={y(neurons)} textAnchor="end" dominantBaseline="middle" fontSize="9" fill="currentColor">{neurons}</text>
        <text x={W - 4} y={H - 2} textAnchor="end" fontSize="9" fill="currentColor">época {epochs}</text>
        <text x={LEFT} y={H - 2} fontSize="9" fill="currentColor">{word} por época</text>
        <path d={path} fill="none" strokeWidth="2" className="stroke-violet-700 dark:stroke-violet-300" />
      </svg>
    </figure>
  );
}
