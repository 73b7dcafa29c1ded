import type { Metadata } from 'next';
import { PageHeading } from '@/app/ui/course/page-heading';
import { LabPageIsland } from '@/app/ui/lab/lab-page-island';

export const metadata: Metadata = {
  title: 'Laboratorio',
  description: 'Construye una red neuronal pequeña y mira cómo aprende: datos, capas, activaciones, gradientes y cada paso de backpropagation.',
};

export default async function LaboratorioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') query[k] = first;
  }
  return (
    <div className="lg:-mx-16 xl:-mx-32">
      <PageHeading title="Laboratorio" meta="Construye una red, pulsa «Entrenar» y mira cómo aprende. Cada ajuste queda en el enlace de esta página." />
      <LabPageIsland query={query} />
    </div>
  );
}
