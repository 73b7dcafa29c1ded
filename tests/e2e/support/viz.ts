import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

// What every visualization promises, checked the same way in every visualization spec.

/** Console errors (CSP violations included) and page errors, as they happen. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** A visualization's live status line. */
export const status = (viz: Locator) => viz.locator('[aria-live="polite"]');

/** What every visualization promises: a labelled drawing, a live status, the numbers, no serious axe problems. */
export async function expectAccessibleBasics(page: Page, viz: Locator) {
  // A picture (role img), or a drawing whose parts are focusable (a labelled group).
  const drawings = viz.locator('[role="img"], [role="group"][aria-label], [role="application"][aria-label]');
  expect(await drawings.count()).toBeGreaterThan(0);
  for (const drawing of await drawings.all()) expect((await drawing.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(30);
  await expect(status(viz)).toHaveCount(1);
  await viz.getByText('Ver los números').click();
  await expect(viz.locator('details table').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include(`section[data-viz]`).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Records the height of every visualization as the HTML arrives (before its code runs), so a
 * test can check that loading and drawing did not change it: no layout shift.
 */
export async function recordFirstHeights(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const heights = [...document.querySelectorAll('section[data-viz]')].map((section) => section.getBoundingClientRect().height);
      (window as unknown as { vizHeights: number[] }).vizHeights = heights;
    });
  });
}

export async function expectSameHeightAsFirst(page: Page, viz: Locator) {
  const first = await page.evaluate(() => (window as unknown as { vizHeights?: number[] }).vizHeights?.[0]);
  expect(first, 'la visualización debe llegar ya en el HTML del servidor').toBeGreaterThan(0);
  expect(Math.abs((await viz.boundingBox())!.height - first!)).toBeLessThan(1);
}
