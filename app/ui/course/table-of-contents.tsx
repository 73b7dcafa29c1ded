interface TocEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/** "En esta lección": links to the h2 and h3 headings of a long lesson. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="indice-leccion" className="my-6 rounded-lg bg-slate-50 px-4 py-3 text-sm dark:bg-slate-900">
      <p id="indice-leccion" className="font-semibold">
        En esta lección
      </p>
      <ol className="mt-2 space-y-1">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="text-brand-700 hover:underline dark:text-brand-300">
              {entry.text}
            </a>
            {entry.children.length > 0 && (
              <ol className="mt-1 space-y-1 pl-4">
                {entry.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="text-slate-700 hover:underline dark:text-slate-300">
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
