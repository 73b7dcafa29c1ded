import { expect, test } from './support/test';
import { signIn, signUp, uniqueEmail } from './support/accounts';

test('a visitor signs up, sees the course, signs out and signs back in', async ({ page }) => {
  const email = uniqueEmail('ana');
  const password = 'una frase larga y segura';
  await signUp(page, { name: 'Ana Prueba', email, password });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation explicado visualmente');
  await expect(page.getByTestId('lista-unidades').locator(':scope > li')).toHaveCount(13);

  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page.getByRole('link', { name: 'Entrar' })).toBeVisible();
  await expect(page.getByTestId('usuario-actual')).toHaveCount(0);

  await signIn(page, email, password);
  await expect(page.getByTestId('usuario-actual')).toHaveText('Ana Prueba');
});

test('a wrong password shows a clear Spanish message and keeps the visitor signed out', async ({ page }) => {
  const email = uniqueEmail('beto');
  await signUp(page, { name: 'Beto Prueba', email, password: 'contraseña correcta 1' });
  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page.getByRole('link', { name: 'Entrar' })).toBeVisible();

  await signIn(page, email, 'contraseña equivocada');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Correo o contraseña incorrectos.');
  await expect(page.getByTestId('usuario-actual')).toHaveCount(0);
});
