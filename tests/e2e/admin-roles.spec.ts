import { expect, test } from './support/test';
import { signIn, signUp, uniqueEmail } from './support/accounts';

// Seeded by `npm start` on its fresh database (lib/server/db/seed/demo-accounts.ts).
const DEMO_ADMIN = { email: 'admin@demo.comoprogramar.es', password: 'demo-admin-2026' };

test('an admin changes a role, and the old session of that user stops working at once', async ({ page, browser }) => {
  const email = uniqueEmail('promocion');
  await signUp(page, { name: 'Futura Docente', email, password: 'una frase larga y segura' });

  const adminPage = await browser.newPage();
  await signIn(adminPage, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(adminPage.getByRole('link', { name: 'Administración' })).toBeVisible();
  await adminPage.goto(`/admin/usuarios?q=${encodeURIComponent(email)}`);
  const row = adminPage.getByRole('row', { name: /Futura Docente/ });
  await row.getByLabel('Rol de Futura Docente').selectOption('INSTRUCTOR');
  await row.getByRole('button', { name: 'Cambiar' }).click();
  await expect(row.getByRole('status')).toHaveText('Futura Docente ahora tiene el rol «Docente».');
  await adminPage.close();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Entrar' })).toBeVisible();
  await expect(page.getByTestId('usuario-actual')).toHaveCount(0);
});

test('an admin cannot change their own role', async ({ page }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(page.getByTestId('usuario-actual')).toHaveText('Javier Moreno Sáez');
  await page.goto(`/admin/usuarios?q=${encodeURIComponent(DEMO_ADMIN.email)}`);
  await expect(page.getByRole('row', { name: /Javier Moreno/ }).getByRole('button', { name: 'Cambiar' })).toBeDisabled();
});
