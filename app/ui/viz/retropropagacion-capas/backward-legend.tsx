import { usePalette } from '../shared/use-palette';

/** A line sample as the canvas draws it: solid or dashed, in the drawing's own colour. */
function Swatch({ color, dashed }: { color: string; dashed?: boolean }) {
  return <span aria-hidden="true" className="inline-block w-6 align-middle" style={{ borderTop: `3px ${dashed ? 'dashed' : 'solid'} ${color}` }} />;
}

/** How to read the diagram's colours and widths (the canvas's aria-label says the same in words). */
export function BackwardLegend() {
  const palette = usePalette();
  return (
    <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      <span>
        <Swatch color={palette.positive} /> culpa ∂L/∂w positiva
      </span>
      <span>
        <Swatch color={palette.negative} dashed /> negativa
      </span>
      <span>grosor ∝ |∂L/∂w|</span>
      <span>relleno de cada neurona: signo y tamaño de su δ</span>
    </p>
  );
}
