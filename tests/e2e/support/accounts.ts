import crypto from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString('hex')}@prueba.comoprogramar.es`;
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto('/registro');
  await page.getByLabel('Nombre').fill(name);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByTestId('usuario-actual')).toHaveText(name);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/entrar');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
}
