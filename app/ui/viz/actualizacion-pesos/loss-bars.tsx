import { formatNumber } from '../model/format';

/** L before and after one update as two bars on the same scale (the larger one fills the row). */
export function LossBars({ before, after }: { before: number; after: number }) {
  const scale = Math.max(before, after, 1e-12);
  const width = (l: number) => `${Number.isFinite(l) ? Math.max((100 * l) / scale, 0.5) : 100}%`;
  const rows = [
    { name: 'L antes', loss: before, look: 'border-2 border-orange-700 bg-transparent dark:border-orange-300' },
    { name: 'L después', loss: after, look: 'bg-orange-700 dark:bg-orange-300' },
  ];
  return (
    <div className="grid grid-cols-[5.5rem_1fr_4.5rem] items-center gap-x-2 gap-y-1.5 text-sm">
      {rows.map((row) => (
        <div key={row.name} className="contents">
          <span>{row.name}</span>
          <span className="h-4 rounded-sm bg-slate-100 dark:bg-slate-800">
            <span className={`block h-4 rounded-sm ${row.look}`} style={{ width: width(row.loss) }} />
          </span>
          <span className="text-right tabular-nums">{formatNumber(row.loss, 4)}</span>
        </div>
      ))}
    </div>
  );
}
