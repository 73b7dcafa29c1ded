import type { Role } from '@/lib/schemas/auth';

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links for a visitor (null) or a signed-in role. */
export function navLinksFor(role: Role | null): NavLink[] {
  const links: NavLink[] = [{ href: '/', label: 'Curso' }];
  if (role === 'ADMIN') links.push({ href: '/admin/usuarios', label: 'Administración' });
  return links;
}
