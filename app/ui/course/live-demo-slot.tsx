import { LaboratorioLazy } from '@/app/ui/lab/laboratorio-lazy';

/**
 * The live "Ver cómo aprende una red neuronal" demo: a compact Laboratorio where a small
 * network learns the circle dataset in the browser (paused when the reader prefers less motion).
 * Shown on the home page and on /curso/ver-como-aprende, and available to lessons as <DemoEnVivo />.
 */
export function LiveDemoSlot() {
  return (
    <div data-testid="demo-en-vivo" className="not-prose my-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <LaboratorioLazy preset="demo-inicio" compacto="si" />
      <p className="mt-3 text-sm">
        <a href="/laboratorio" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
          Abrir el laboratorio completo
        </a>
      </p>
    </div>
  );
}
