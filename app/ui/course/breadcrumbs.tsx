import Link from 'next/link';

export interface Crumb {
  label: string;
  /** Absent on the current page, the last crumb. */
  href?: string;
}

/** Curso › Unidad 1 › Lección: where the page sits in the course. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Migas de pan" className="mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-x-1.5">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
