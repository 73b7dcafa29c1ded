/**
 * Stand-in while a visualization's code loads: the same frame and drawing box, so nothing
 * jumps. (The MDX visualizations render on the server and do not need it; the lab uses it.)
 */
export function VizPlaceholder({ aspect, maxHeight }: { aspect: string; maxHeight: number }) {
  return (
    <div className="viz not-prose my-8 rounded-lg border border-slate-300 bg-white p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-900" aria-busy="true">
      <p className="m-0 text-sm text-slate-600 dark:text-slate-400">Cargando la visualización…</p>
      <div className="mt-3 w-full animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800" style={{ aspectRatio: aspect, maxHeight }} />
      <div className="mt-3 h-24" />
    </div>
  );
}
