import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/** Console errors and page errors, as they happen. */
function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

async function openNumbers(page: Page) {
  await page.getByText('Ver los números').click();
  await expect(page.getByTestId('tabla-pesos')).toBeVisible();
}

async function readWeights(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="w-"]').allTextContents();
}

test('play advances the epoch counter and announces progress', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laboratorio');
  await expect(page.getByTestId('epoca')).toHaveText('0');
  await page.getByRole('button', { name: /Entrenar/ }).click();
  await expect.poll(async () => Number(await page.getByTestId('epoca').textContent()), { timeout: 10_000 }).toBeGreaterThan(5);
  await page.getByRole('button', { name: /Pausa/ }).click();
  await expect(page.getByTestId('anuncio')).toContainText('Época');
  expect(problems).toEqual([]);
});

test('a shared full-state link reproduces the same weights and epoch', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio?datos=xor&capas=3&semilla=77');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Una época' }).click();
  await expect(page.getByTestId('epoca')).toHaveText('3');
  await openNumbers(page);
  const before = await readWeights(page);
  expect(before).toHaveLength(2 * 3 + 3 * 1);
  await page.getByRole('button', { name: 'Compartir estado completo' }).click();
  const link = await page.getByTestId('enlace-compartir').inputValue();
  expect(link).toContain('pesos=');

  await page.goto(link);
  await expect(page.getByTestId('epoca')).toHaveText('3');
  await openNumbers(page);
  expect(await readWeights(page)).toEqual(before);
  expect(problems).toEqual([]);
});

test('step by phase shows z and a, then δ and ∂L/∂w, then the update', async ({ page }) => {
  await page.goto('/laboratorio?semilla=5');
  await openNumbers(page);
  await expect(page.getByTestId('z-0-0')).toHaveText('—');
  const next = page.getByRole('button', { name: 'Siguiente fase' });
  await next.click();
  await expect(page.getByTestId('fase-actual')).toContainText('Paso hacia delante');
  await expect(page.getByTestId('z-0-0')).not.toHaveText('—');
  await expect(page.getByTestId('delta-0-0')).toHaveText('—');
  await next.click();
  await expect(page.getByTestId('fase-actual')).toContainText('Pérdida');
  await expect(page.getByTestId('fase-detalle')).toContainText('L =');
  await next.click();
  await expect(page.getByTestId('fase-actual')).toContainText('Paso hacia atrás');
  await expect(page.getByTestId('delta-0-0')).not.toHaveText('—');
  await expect(page.getByTestId('dw-0-0-0')).not.toHaveText('—');
  const w = await page.getByTestId('w-0-0-0').textContent();
  await next.click();
  await expect(page.getByTestId('fase-actual')).toContainText('Actualización');
  await expect(page.getByTestId('w-0-0-0')).not.toHaveText(w ?? '');
});

test('a weight can be edited with the keyboard', async ({ page }) => {
  await page.goto('/laboratorio');
  await openNumbers(page);
  const edge = page.getByTestId('peso-0-0-0');
  await edge.focus();
  await page.keyboard.press('Enter');
  const input = page.getByLabel(/Nuevo valor de w/);
  await expect(input).toBeFocused();
  await input.fill('1,25');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('w-0-0-0')).toHaveText('1,25');
});

test('a bad link shows a Spanish notice and a working lab', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto(`/laboratorio?datos=luna&capas=${Array(50).fill(4).join(',')}&pesos=AAAA&tasa=abc`);
  const notice = page.getByTestId('avisos-enlace');
  await expect(notice).toContainText('no existe');
  await expect(notice).toContainText('Como mucho caben 6 capas');
  await expect(notice).toContainText('pesos del enlace');
  await page.getByRole('button', { name: 'Una época' }).click();
  await expect(page.getByTestId('epoca')).toHaveText('1');
  expect(problems).toEqual([]);
});

test('a huge learning rate stops training with an explanation', async ({ page }) => {
  await page.goto('/laboratorio?datos=plane&capas=8,8&tasa=10&lote=1');
  await page.getByRole('button', { name: /Entrenar/ }).click();
  await expect(page.getByTestId('aviso-divergencia')).toContainText('tasa de aprendizaje más pequeña', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: /Entrenar/ })).toBeDisabled();
});
