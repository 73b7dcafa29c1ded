import { describe, expect, it } from 'vitest';
import { signInErrorMessage } from '@/app/ui/auth/sign-in-messages';
import { navLinksFor } from '@/app/ui/layout/nav-links';

describe('signInErrorMessage', () => {
  it('turns the rate-limit code into minutes to wait', () => {
    expect(signInErrorMessage('rate-limited:61')).toBe('Demasiados intentos fallidos. Espera 2 minutos y vuelve a intentarlo.');
    expect(signInErrorMessage('rate-limited:30')).toBe('Demasiados intentos fallidos. Espera 1 minuto y vuelve a intentarlo.');
  });

  it('says the same for an unknown email and a wrong password', () => {
    expect(signInErrorMessage('invalid')).toBe('Correo o contraseña incorrectos.');
    expect(signInErrorMessage('CredentialsSignin')).toBe('Correo o contraseña incorrectos.');
  });

  it('shows nothing without an error', () => {
    expect(signInErrorMessage(null)).toBeNull();
  });
});

describe('navLinksFor', () => {
  it('shows the admin link to admins only', () => {
    const hrefs = (role: Parameters<typeof navLinksFor>[0]) => navLinksFor(role).map((link) => link.href);
    expect(hrefs('ADMIN')).toContain('/admin/usuarios');
    expect(hrefs('INSTRUCTOR')).not.toContain('/admin/usuarios');
    expect(hrefs('LEARNER')).not.toContain('/admin/usuarios');
    expect(hrefs(null)).not.toContain('/admin/usuarios');
  });
});
