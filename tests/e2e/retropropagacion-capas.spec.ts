import { expect, test } from '@playwright/test';
import { status, watchForErrors } from './support/viz';

// Lesson 5.2.2 shows the unit's worked network; its δ must read the same in the figure as in the text.
const LESSON = '/curso/unidad-5/error-en-capas-intermedias';

test('steps the error back one layer at a time with the buttons and the arrow keys', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(LESSON);
  // The server HTML arrives first; the buttons work once the page has hydrated.
  await page.waitForLoadState('networkidle');
  const viz = page.locator('section[data-viz="RetropropagacionCapas"]').first();
  await expect(status(viz)).toContainText('Aún no se conoce ningún δ');
  const back = viz.getByRole('button', { name: '← Paso atrás' });
  const forward = viz.getByRole('button', { name: 'Paso adelante →' });
  await expect(forward).toBeDisabled();

  await back.click();
  await expect(status(viz)).toContainText('δ en la salida');
  await expect(viz.getByText(/^δ de ŷ₁ = \(ŷ − y\) × σ′\(z\)$/)).toBeVisible();

  const canvas = viz.getByRole('img');
  await canvas.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(status(viz)).toContainText('backpropagation ha terminado');
  await expect(back).toBeDisabled();
  // The breakdown writes out δ of h₁: its two terms w·δ, their sum and the slope.
  await expect(viz.getByText(/^Σ w·δ = .+ \+ .+ = −?\d,\d{3}$/)).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(status(viz)).toContainText('Entrada x₁');
  await page.keyboard.press('ArrowRight');
  await expect(status(viz)).toContainText('δ en la salida');
  await viz.getByRole('button', { name: 'Reiniciar' }).click();
  await expect(status(viz)).toContainText('Aún no se conoce ningún δ');
  expect(problems).toEqual([]);
});

test('with reduced motion, «Reproducir» jumps to the end and every weight shows its blame', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  const viz = page.locator('section[data-viz="RetropropagacionCapas"]').first();
  await viz.getByRole('button', { name: 'Reproducir' }).click();
  await expect(status(viz)).toContainText('backpropagation ha terminado');
  await viz.getByText('Ver los números').click();
  const blame = viz.locator('details table').nth(1).locator('tbody tr td:last-child');
  await expect(blame).toHaveCount(8);
  for (const cell of await blame.all()) await expect(cell).toHaveText(/^−?\d,\d+$/);
});
