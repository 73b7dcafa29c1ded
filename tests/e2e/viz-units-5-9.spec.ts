import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectAccessibleBasics, expectSameHeightAsFirst, recordFirstHeights, status, watchForErrors } from './support/viz';

interface OutlineUnit { number: number; slug: string; sections: { lessons: { id: string; slug: string; status: string }[] }[] }

const UNITS = [5, 6, 7, 8, 9];

/** The names each unit's registry (app/ui/viz/lazy/unit-N.ts) gives its visualizations. */
function registeredNames(unit: number): string[] {
  const source = fs.readFileSync(`app/ui/viz/lazy/unit-${unit}.ts`, 'utf8');
  const body = /Visuals\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^\s*([A-Z]\w*)\s*[:,]/gm)].map((match) => match[1]!);
}

/** The first written lesson of Units 5–9 that uses `<name>`, so each visualization is tried where learners meet it. */
function firstLessonUsing(name: string): string | undefined {
  const units = (parse(fs.readFileSync('content/outline.yaml', 'utf8')) as { units: OutlineUnit[] }).units;
  for (const unit of units.filter((u) => UNITS.includes(u.number))) {
    for (const lesson of unit.sections.flatMap((section) => section.lessons)) {
      const file = `content/lessons/u${unit.number}/${lesson.id}.mdx`;
      if (lesson.status === 'written' && fs.readFileSync(file, 'utf8').includes(`<${name}`)) return `/curso/${unit.slug}/${lesson.slug}`;
    }
  }
  return undefined;
}

const visualizations = UNITS.flatMap(registeredNames).map((name) => ({ name, href: firstLessonUsing(name) }));

async function openViz(page: Page, name: string, href: string | undefined): Promise<Locator> {
  expect(href, `ninguna lección escrita de las unidades 5–9 usa <${name}>`).toBeDefined();
  const response = await page.goto(href!);
  expect(response?.status(), `${href} no responde`).toBe(200);
  const viz = page.locator(`section[data-viz="${name}"]`).first();
  await expect(viz, `${href} no muestra <${name}>`).toBeVisible();
  return viz;
}

test('Units 5–9 register their visualizations', () => {
  expect(visualizations.length).toBeGreaterThanOrEqual(5);
});

for (const { name, href } of visualizations) {
  test.describe(`<${name}>`, () => {
    test('arrives complete in the HTML, is labelled, shows its numbers and passes axe', async ({ page }) => {
      const problems = watchForErrors(page);
      await recordFirstHeights(page);
      const viz = await openViz(page, name, href);
      await page.waitForLoadState('networkidle');
      await expectSameHeightAsFirst(page, viz);
      await expectAccessibleBasics(page, viz);
      expect(problems).toEqual([]);
    });

    test('answers a click and a key press with a new status', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems = watchForErrors(page);
      const viz = await openViz(page, name, href);
      await page.waitForLoadState('networkidle');
      const before = (await status(viz).textContent()) ?? '';
      const buttons = viz.locator('button:enabled');
      let changed = false;
      for (let index = 0; index < Math.min(await buttons.count(), 6) && !changed; index++) {
        await buttons.nth(index).click();
        changed = await expect(status(viz)).not.toHaveText(before, { timeout: 2_000 }).then(() => true, () => false);
      }
      expect(changed, `ningún botón de <${name}> cambia su estado`).toBe(true);

      const focusable = viz.locator('[tabindex="0"], input[type="range"]').first();
      const afterClick = (await status(viz).textContent()) ?? '';
      await focusable.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // Arrows change a value, or move between parts that Enter then selects.
      const moved = await expect(status(viz)).not.toHaveText(afterClick, { timeout: 2_000 }).then(() => true, () => false);
      if (!moved) await page.keyboard.press('Enter');
      await expect(status(viz), `<${name}> no responde al teclado`).not.toHaveText(afterClick);
      expect(problems).toEqual([]);
    });

    test('fits a 360 px wide phone without scrolling sideways', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const viz = await openViz(page, name, href);
      const box = await viz.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
}
