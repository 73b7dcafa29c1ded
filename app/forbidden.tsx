import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md space-y-4 text-center">
      <h1 className="text-2xl font-bold">No tienes acceso a esta página</h1>
      <p className="text-slate-600 dark:text-slate-400">Esta sección es solo para otro tipo de cuenta. Si crees que es un error, habla con quien administra la plataforma.</p>
      <Link href="/" className="font-medium text-brand-600 hover:underline dark:text-brand-300">Volver al curso</Link>
    </div>
  );
}
