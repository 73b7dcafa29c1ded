import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

// <GrafoCadena> in the Unit 6 lesson where one weight reaches the loss by two paths.
const LESSON = '/curso/unidad-6/flechas-de-influencia';

test('GrafoCadena selects nodes from the keyboard, sums two paths, nudges a weight and replays backward', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const section = document.querySelector('section[data-viz="GrafoCadena"]');
      (window as unknown as { firstHeight?: number }).firstHeight = section?.getBoundingClientRect().height;
    });
  });
  await page.goto(LESSON);
  const viz = page.locator('section[data-viz="GrafoCadena"]').first();
  await expect(viz).toBeVisible();
  await page.waitForLoadState('networkidle');
  const first = await page.evaluate(() => (window as unknown as { firstHeight?: number }).firstHeight);
  expect(Math.abs((await viz.boundingBox())!.height - first!)).toBeLessThan(1);
  const status = viz.locator('[aria-live="polite"]');

  // Keyboard: focus the first node (x₁), select it, then walk to w with the arrows.
  const x1 = viz.getByRole('button', { name: /^Hoja x₁:/ });
  await x1.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Un solo camino hasta L');
  await expect(x1).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('2 caminos hasta L');
  await expect(viz.getByText(/^Camino 2:/)).toBeVisible();

  // The sum over paths equals the engine's gradient written in the panel.
  const text = (await status.textContent()) ?? '';
  const [, a, b, total] = /= (−?[\d,]+) \+ \(?(−?[\d,]+)\)? = (−?[\d,]+)/.exec(text)!.map((s) => Number(s.replace('−', '-').replace(',', '.')));
  expect(a! + b!).toBeCloseTo(total!, 2);

  await viz.getByRole('button', { name: 'Empujar w' }).click();
  await expect(status).toContainText('L pasa de');
  await expect(viz.getByRole('button', { name: 'Devolver w' })).toBeVisible();

  await viz.getByRole('button', { name: 'Repasar el backward operación a operación' }).click();
  await expect(status).toContainText('Backward desde L');
  await viz.getByRole('button', { name: 'Siguiente operación' }).click();
  await expect(status).toContainText('Paso 1 de');
  await viz.getByRole('button', { name: 'Reproducir' }).click();
  await expect(status).toContainText('Backward terminado', { timeout: 20_000 });

  await viz.getByText('Ver los números').click();
  await expect(viz.locator('details table').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('section[data-viz="GrafoCadena"]').analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(problems).toEqual([]);
});
