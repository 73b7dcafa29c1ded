'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 text-center">
      <h1 className="text-2xl font-bold">Algo ha fallado</h1>
      <p className="text-slate-600 dark:text-slate-400">No hemos podido cargar esta página. Tu progreso guardado no se ha perdido.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Reintentar
      </button>
    </div>
  );
}
