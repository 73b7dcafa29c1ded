import type { ReactNode } from 'react';

interface FigureProps {
  /** The caption: what to look at in the figure. */
  pie: string;
  children?: ReactNode;
}

/** `<Figure pie="…">` around an inline SVG, an image or a diagram. */
export function Figure({ pie, children }: FigureProps) {
  // Every figure says what to look at; a missing caption is a content mistake.
  if (!pie) throw new Error('<Figure> necesita un pie: <Figure pie="…">');
  return (
    <figure className="my-8">
      <div className="flex justify-center overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200">
        {children}
      </div>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{pie}</figcaption>
    </figure>
  );
}
