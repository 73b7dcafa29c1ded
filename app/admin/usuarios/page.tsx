import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { RoleForm } from '@/app/ui/admin/role-form';
import { changeRole } from '@/lib/server/actions/change-role';
import { getSessionUser } from '@/lib/server/auth/session';
import { listUsers, USERS_PAGE_SIZE } from '@/lib/server/data/users';

export const metadata: Metadata = { title: 'Usuarios', description: 'Administración de usuarios y roles.' };

const searchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) redirect('/entrar?volver=/admin/usuarios');
  if (user.role !== 'ADMIN') forbidden();

  const { q, pagina } = searchSchema.parse(await searchParams);
  const { total, users } = await listUsers({ query: q, page: pagina });
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageHref = (page: number) => `/admin/usuarios?${new URLSearchParams({ q, pagina: String(page) })}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Usuarios</h1>
      <form role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Buscar por nombre o correo
        </label>
        <input id="q" name="q" defaultValue={q} maxLength={100} placeholder="Buscar por nombre o correo" className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900" />
        <button className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">Buscar</button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {total} {total === 1 ? 'usuario' : 'usuarios'}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th scope="col" className="py-2 pr-4">Nombre</th>
              <th scope="col" className="py-2 pr-4">Correo</th>
              <th scope="col" className="py-2 pr-4">Alta</th>
              <th scope="col" className="py-2">Rol</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 dark:border-slate-900">
                <td className="py-2 pr-4">{row.name}</td>
                <td className="py-2 pr-4 break-all">{row.email}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{row.createdAt.toLocaleDateString('es-ES')}</td>
                <td className="py-2">
                  <RoleForm userId={row.id} userName={row.name} role={row.role} changeRole={changeRole} disabled={row.id === user.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Páginas" className="flex gap-4 text-sm">
          {pagina > 1 && <Link href={pageHref(pagina - 1)}>← Anterior</Link>}
          <span>
            Página {pagina} de {pages}
          </span>
          {pagina < pages && <Link href={pageHref(pagina + 1)}>Siguiente →</Link>}
        </nav>
      )}
    </div>
  );
}
