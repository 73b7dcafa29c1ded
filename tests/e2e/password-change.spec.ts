import { expect, test } from './support/test';
import { signIn, signUp, uniqueEmail } from './support/accounts';

test('changing the password keeps this session and ends the others', async ({ page, browser }) => {
  const email = uniqueEmail('clave');
  await signUp(page, { name: 'Clara Clave', email, password: 'la contraseña vieja' });

  const otherDevice = await browser.newPage();
  await signIn(otherDevice, email, 'la contraseña vieja');
  await expect(otherDevice.getByTestId('usuario-actual')).toHaveText('Clara Clave');

  await page.goto('/cuenta');
  await page.getByLabel('Contraseña actual').fill('la contraseña vieja');
  await page.getByLabel('Nueva contraseña').fill('la contraseña nueva');
  await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contraseña cambiada' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('usuario-actual')).toHaveText('Clara Clave');

  await otherDevice.reload();
  await expect(otherDevice.getByRole('link', { name: 'Entrar' })).toBeVisible();
  await otherDevice.close();
});

test('a wrong current password changes nothing', async ({ page }) => {
  await signUp(page, { name: 'Pablo Clave', email: uniqueEmail('clave'), password: 'la contraseña buena' });
  await page.goto('/cuenta');
  await page.getByLabel('Contraseña actual').fill('no es esta');
  await page.getByLabel('Nueva contraseña').fill('otra contraseña larga');
  await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Contraseña actual incorrecta.');
});
