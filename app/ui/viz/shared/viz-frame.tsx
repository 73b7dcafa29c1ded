import { useId, useState, type ReactNode } from 'react';

interface VizFrameProps {
  /** The MDX name (RedNeuronal, …), set as data-viz so tests and styles can find it. */
  name: string;
  /** Visible title of the visualization. */
  title: string;
  /** One or two sentences on what to try. */
  hint?: ReactNode;
  /** Announced politely to screen readers when it changes, and shown under the drawing. */
  status: string;
  /** Content of the "Ver los números" disclosure (a table of what is drawn), rendered only while it is open. */
  numbers: ReactNode;
  children: ReactNode;
}

/** The common frame of every visualization: title, hint, drawing and controls, live status and the numbers. */
export function VizFrame({ name, title, hint, status, numbers, children }: VizFrameProps) {
  const id = useId();
  // Tables stay out of the server HTML and out of every re-render until someone opens them;
  // a large boundary would otherwise be streamed after its placeholder and shift the page.
  const [open, setOpen] = useState(false);
  return (
    <section data-viz={name} aria-labelledby={`${id}-titulo`} className="viz not-prose my-8 rounded-lg border border-slate-300 bg-white p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-900">
      <p id={`${id}-titulo`} className="m-0 text-sm font-semibold text-brand-700 dark:text-brand-300">
        {title}
      </p>
      {hint && <p className="mt-1 mb-0 text-sm text-slate-600 dark:text-slate-400">{hint}</p>}
      <div className="mt-3 space-y-3">{children}</div>
      <p aria-live="polite" className="mt-3 mb-0 min-h-[1.5rem] text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      <details className="mt-2 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">Ver los números</summary>
        {/* Focusable so keyboard users can scroll a long table. */}
        {open && (
          <div tabIndex={0} role="group" aria-label={`Números de «${title}»`} className="mt-2 max-h-80 overflow-auto">
            {numbers}
          </div>
        )}
      </details>
    </section>
  );
}
