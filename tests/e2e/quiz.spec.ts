import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './support/test';
import { signIn } from './support/accounts';

const QUIZ_URL = '/curso/unidad-1/cuestionario';
const quizFile = parse(fs.readFileSync(path.join(process.cwd(), 'content/quizzes/u1.yaml'), 'utf8')) as {
  questions: { type: string; explanation: string; whyWrong?: Record<string, string>; commonMistake?: string }[];
};
/** Text that must stay on the server until the attempt is graded. */
const secrets = quizFile.questions.flatMap((q) => [q.explanation, ...Object.values(q.whyWrong ?? {}), ...(q.commonMistake ? [q.commonMistake] : [])]);

/** The quiz area (form or result) passes axe with no serious or critical violation. */
async function expectAccessibleQuiz(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="cuestionario"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const questionGroups = (page: Page) => page.getByRole('group').filter({ hasText: /^Pregunta \d+ de \d+/ });

/** Numeric prompts as shown: they carry the attempt's personal numbers. */
async function numericPrompts(page: Page): Promise<string[]> {
  const prompts: string[] = [];
  for (const group of await questionGroups(page).all()) {
    if (await group.getByRole('textbox').count()) prompts.push((await group.locator('legend').innerText()).trim());
  }
  return prompts;
}

/** Answers every question somehow: the first option, every other checkbox, one step moved down by keyboard, 0,5 for numbers. */
async function answerEverything(page: Page) {
  for (const group of await questionGroups(page).all()) {
    const radios = group.getByRole('radio');
    const boxes = group.getByRole('checkbox');
    const number = group.getByRole('textbox');
    if (await radios.count()) await radios.first().check();
    else if (await boxes.count()) await boxes.first().check();
    else if (await number.count()) await number.fill('0,5');
    else {
      const down = group.getByRole('button', { name: /^Bajar/ }).first();
      await down.focus();
      await page.keyboard.press('Enter');
      await expect(group.getByRole('status')).toContainText('ahora es el paso 2');
    }
  }
}

test('a learner takes the Unit 1 quiz, sees the grade, and a new attempt brings new numbers', async ({ page, context }) => {
  test.setTimeout(180_000);
  // On a busy machine the sign-in form can be submitted before it hydrates; signing in again is harmless.
  await expect(async () => {
    await signIn(page, 'alumna@demo.comoprogramar.es', 'demo-alumna-2026');
    await expect(page.getByTestId('usuario-actual')).toBeAttached({ timeout: 15_000 });
  }).toPass({ timeout: 60_000 });
  const startBodies: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/api/quiz/start')) void response.text().then((text) => startBodies.push(text));
  });

  await page.goto(QUIZ_URL);
  // The button works once the page has hydrated; until then a click does nothing, so try again.
  await expect(async () => {
    if ((await questionGroups(page).count()) === 0) await page.getByRole('button', { name: /^Empezar (el cuestionario|un intento nuevo)/ }).click({ timeout: 1000 });
    await expect(questionGroups(page)).toHaveCount(quizFile.questions.length, { timeout: 5000 });
  }).toPass({ timeout: 45_000 });
  const firstNumbers = await numericPrompts(page);
  expect(firstNumbers.length).toBeGreaterThan(0);

  // Before submitting, neither the page nor what the server sent holds an answer's explanation.
  const html = await page.content();
  await expect.poll(() => startBodies.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
    expect(startBodies.join('')).not.toContain(secret);
  }

  await answerEverything(page);
  await expectAccessibleQuiz(page);
  // The connection drops as the learner submits: the page says so, keeps the answers and gets through once it is back.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Entregar respuestas' }).click();
  await expect(page.getByTestId('estado-entrega')).toContainText('Reintentando');
  await expect(page.getByRole('button', { name: 'Reintentar ahora' })).toBeVisible();
  // Back online, the page sends it again by itself.
  await context.setOffline(false);

  const result = page.getByTestId('resultado-cuestionario');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('nota')).toHaveText(/^\d+\s?%$/);
  await expect(result.locator('li[data-correcta]')).toHaveCount(quizFile.questions.length);
  await expect(page).toHaveURL(/\?intento=/);
  await expect(page.getByTestId('historial-cuestionario')).toBeVisible();
  await expectAccessibleQuiz(page);

  await page.getByRole('button', { name: 'Intentar de nuevo con otros números' }).click();
  await expect(questionGroups(page)).toHaveCount(quizFile.questions.length);
  expect(await numericPrompts(page)).not.toEqual(firstNumbers);
});
