import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { signUp, uniqueEmail } from './support/accounts';

async function submitSignUp(page: Page, fields: { name: string; email: string; password: string }) {
  await page.goto('/registro');
  // Remove the browser's own limits so the server's checks are what answers.
  await page.locator('form input').evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute('maxlength')));
  await page.getByLabel('Nombre').fill(fields.name);
  await page.getByLabel('Correo electrónico').fill(fields.email);
  await page.getByLabel('Contraseña').fill(fields.password);
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
}

const cases = [
  { title: 'an invalid email', fields: { name: 'Eva', email: 'no-es-un-correo', password: 'una frase larga y segura' }, message: 'Ese correo electrónico no es válido.' },
  { title: 'a too short password', fields: { name: 'Eva', email: 'eva-corta@prueba.es', password: 'corta' }, message: 'La contraseña debe tener al menos 10 caracteres.' },
  { title: 'a too long password', fields: { name: 'Eva', email: 'eva-larga@prueba.es', password: 'x'.repeat(129) }, message: 'La contraseña no puede superar los 128 caracteres.' },
  { title: 'an oversized name', fields: { name: 'N'.repeat(5000), email: 'eva-nombre@prueba.es', password: 'una frase larga y segura' }, message: 'El nombre no puede superar los 80 caracteres.' },
];

for (const { title, fields, message } of cases) {
  test(`sign-up with ${title} shows a Spanish message and creates nothing`, async ({ page }) => {
    await submitSignUp(page, fields);
    await expect(page.locator('form').getByRole('alert')).toHaveText(message);
    await expect(page.getByTestId('usuario-actual')).toHaveCount(0);
  });
}

test('sign-up with an email already taken says so and keeps the first account', async ({ page, browser }) => {
  const email = uniqueEmail('duplicada');
  await signUp(page, { name: 'Primera', email, password: 'la primera contraseña' });

  const other = await browser.newPage();
  await submitSignUp(other, { name: 'Segunda', email, password: 'otra contraseña distinta' });
  await expect(other.locator('form').getByRole('alert')).toHaveText('Ya existe una cuenta con ese correo. ¿Quieres iniciar sesión?');
  await other.close();
});

test('a sign-in request without the CSRF token gets a 403 with a Spanish message', async ({ request }) => {
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: 'alguien@prueba.es', password: 'lo que sea 123' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toContain('token de seguridad');
});

test('a learner opening the admin page gets a 403 page in Spanish', async ({ page }) => {
  await signUp(page, { name: 'Curiosa', email: uniqueEmail('curiosa'), password: 'una frase larga y segura' });
  const response = await page.goto('/admin/usuarios');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No tienes acceso a esta página');
});

test('a visitor opening the admin page is sent to sign in', async ({ page }) => {
  await page.goto('/admin/usuarios');
  await expect(page).toHaveURL(/\/entrar\?volver=%2Fadmin%2Fusuarios$/);
});

test('an unknown page answers 404 in Spanish', async ({ page }) => {
  const response = await page.goto('/esta-pagina-no-existe');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esta página');
});
