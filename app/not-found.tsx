import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-4 text-center">
      <h1 className="text-2xl font-bold">No encontramos esta página</h1>
      <p className="text-slate-600 dark:text-slate-400">Puede que el enlace esté mal escrito o que la página haya cambiado de sitio.</p>
      <Link href="/" className="font-medium text-brand-600 hover:underline dark:text-brand-300">Volver al curso</Link>
    </div>
  );
}
