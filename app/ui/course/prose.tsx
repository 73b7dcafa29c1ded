import type { ReactNode } from 'react';

/** Typography for rendered MDX (rules in globals.css under .prose-curso). */
export function Prose({ children }: { children: ReactNode }) {
  return <div className="prose-curso">{children}</div>;
}
