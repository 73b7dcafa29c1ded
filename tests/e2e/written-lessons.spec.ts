import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { expect, test } from './support/test';

interface OutlineLesson { title: string; slug: string; status: string }
interface OutlineUnit { number: number; slug: string; sections: { lessons: OutlineLesson[] }[] }

// Every written lesson, read from the ordering file so a newly written one is checked too.
const units = (parse(fs.readFileSync('content/outline.yaml', 'utf8')) as { units: OutlineUnit[] }).units;
const written = units.flatMap((unit) =>
  unit.sections.flatMap((section) =>
    section.lessons.filter((lesson) => lesson.status === 'written').map((lesson) => ({ ...lesson, href: `/curso/${unit.slug}/${lesson.slug}` })),
  ),
);

test('Units 1–9 are written in full', () => {
  expect(written.filter((lesson) => lesson.href.match(/unidad-[1-4]\//))).toHaveLength(24);
  expect(written.filter((lesson) => lesson.href.match(/unidad-[5-9]\//))).toHaveLength(30);
});

for (const lesson of written) {
  test(`${lesson.href} renders with no console error, no failed request and no serious axe violation`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(lesson.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
