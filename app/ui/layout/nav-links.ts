import type { Role } from '@/lib/schemas/auth';

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links for a visitor (null) or a signed-in role. */
export function navLinksFor(role: Role | null): NavLink[] {
  const links: NavLink[] = [{ href: '/', label: 'Curso' }, { href: '/laboratorio', label: 'Laboratorio' }];
  if (role) links.push({ href: '/mi-progreso', label: 'Mi progreso' });
  if (role === 'ADMIN') links.push({ href: '/admin/usuarios', label: 'Administración' });
  return links;
}
