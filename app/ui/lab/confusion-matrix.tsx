import type { ClassMetrics } from './model/class-metrics';
import { panel } from './styles';

const CLASSES = ['Naranja', 'Azul'] as const;
const cell = 'border border-slate-200 px-1.5 py-0.5 text-right font-mono dark:border-slate-700';
const head = 'border border-slate-200 px-1.5 py-0.5 font-semibold dark:border-slate-700';

function Matrix({ title, metrics, id }: { title: string; metrics: ClassMetrics; id: string }) {
  return (
    <table className="text-xs" data-testid={`confusion-${id}`}>
      <caption className="pb-1 text-left font-semibold">{title}</caption>
      <thead>
        <tr>
          <td className="px-1" />
          {CLASSES.map((c) => (
            <th key={c} scope="col" className={head}>
              dice {c.toLowerCase()}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {metrics.confusion.map((row, actual) => (
          <tr key={CLASSES[actual]}>
            <th scope="row" className={`${head} text-left`}>
              es {CLASSES[actual]!.toLowerCase()}
            </th>
            {row.map((count, predicted) => (
              <td key={predicted} className={`${cell} ${predicted === actual ? 'bg-emerald-50 dark:bg-emerald-950' : ''}`} data-testid={`confusion-${id}-${actual}-${predicted}`}>
                {count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Train and test confusion matrices (rows: true class, columns: predicted), from the engine's metrics. */
export function ConfusionMatrices({ train, test }: { train: ClassMetrics | null; test: ClassMetrics | null }) {
  if (!train && !test) return null;
  return (
    <section className={`${panel} space-y-2`} aria-label="Matrices de confusión">
      <p className="text-xs text-slate-600 dark:text-slate-400">Cuántos puntos de cada color real clasifica la red como naranja o azul. La diagonal son los aciertos.</p>
      <div className="flex flex-wrap gap-3">
        {train && <Matrix title="Entrenamiento" metrics={train} id="entrenamiento" />}
        {test && <Matrix title="Test" metrics={test} id="test" />}
      </div>
    </section>
  );
}
