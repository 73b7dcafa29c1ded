import type { ReactNode } from 'react';

interface PageHeadingProps {
  /** Small line above the title: "Lección 1.1.1 · Ajustar miles o millones de parámetros". */
  eyebrow?: string;
  title: string;
  /** Line below the title: reading time, number of lessons… */
  meta?: ReactNode;
}

export function PageHeading({ eyebrow, title, meta }: PageHeadingProps) {
  return (
    <header className="mb-6 space-y-2">
      {eyebrow && <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{eyebrow}</p>}
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {meta && <p className="text-sm text-slate-600 dark:text-slate-400">{meta}</p>}
    </header>
  );
}
