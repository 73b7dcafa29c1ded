import { formatNumber } from '../model/format';
import type { ChainGraph, ChainPath } from './chain-graph';
import { derivativeName, PATH_DIGITS, productText, routeText, sumText } from './path-text';

interface PathPanelProps {
  graph: ChainGraph;
  selected: number;
  paths: readonly ChainPath[];
}

/** The chain rule written out for the selected node: one product per path to L, then their sum. */
export function PathPanel({ graph, selected, paths }: PathPanelProps) {
  const name = derivativeName(graph, selected);
  const engine = graph.nodes[selected]!.grad;
  return (
    <div className="rounded-md border border-violet-300 bg-violet-50 p-3 text-sm dark:border-violet-800 dark:bg-violet-950/40">
      <p className="m-0 font-semibold">
        {name}: {paths.length === 1 ? 'un camino hasta L' : `${paths.length} caminos hasta L`}
      </p>
      <ol className="m-0 mt-2 list-none space-y-2 p-0">
        {paths.map((path, i) => (
          <li key={i}>
            <span className="block text-slate-700 dark:text-slate-300">
              {paths.length > 1 ? `Camino ${i + 1}: ` : ''}
              {routeText(graph, selected, path)}
            </span>
            <span className="block font-mono tabular-nums break-words">{productText(path)}</span>
          </li>
        ))}
      </ol>
      {paths.length > 1 && (
        <p className="m-0 mt-2 font-mono tabular-nums break-words">
          {name} = {sumText(paths)}
        </p>
      )}
      <p className="m-0 mt-2 text-slate-700 dark:text-slate-300">
        El backward del motor da {name} = <strong className="tabular-nums">{formatNumber(engine, PATH_DIGITS)}</strong>
        {paths.length > 1 ? ': la suma de los caminos.' : ': el mismo producto.'}
      </p>
    </div>
  );
}
