import type { ReactNode } from 'react';

const KINDS = {
  intuicion: {
    label: 'Intuición',
    box: 'border-brand-500 bg-brand-50 dark:border-brand-300 dark:bg-brand-900/30',
    title: 'text-brand-700 dark:text-brand-300',
  },
  cuidado: {
    label: 'Cuidado',
    box: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
    title: 'text-amber-800 dark:text-amber-300',
  },
  resumen: {
    label: 'Resumen',
    box: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40',
    title: 'text-emerald-800 dark:text-emerald-300',
  },
} as const;

export type CalloutKind = keyof typeof KINDS;

interface CalloutProps {
  tipo: string;
  /** Shown after the kind's label: "Intuición · Una mesa de mezclas". */
  titulo?: string;
  children?: ReactNode;
}

/** `<Callout tipo="intuicion|cuidado|resumen" titulo="…">` in a lesson. */
export function Callout({ tipo, titulo, children }: CalloutProps) {
  const kind = KINDS[tipo as CalloutKind];
  // A typo in a lesson must fail the build, not render an unlabelled box.
  if (!kind) throw new Error(`<Callout tipo="${tipo}">: el tipo debe ser ${Object.keys(KINDS).join(', ')}`);
  const heading = titulo ? `${kind.label} · ${titulo}` : kind.label;
  return (
    <div role="note" aria-label={heading} className={`callout my-6 rounded-r-lg border-l-4 px-4 py-3 ${kind.box}`}>
      <p className={`mb-1 text-sm font-semibold ${kind.title}`}>{heading}</p>
      {children}
    </div>
  );
}
