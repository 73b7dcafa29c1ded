import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { signUp, uniqueEmail } from './support/accounts';

// Needs the lesson page to render <LessonProgressControls lessonId=…> and the root layout to
// mount <ProgressMerger signedIn=…>.
const LESSON_ID = 'u1-l1-1-1';
const LESSON_URL = '/curso/unidad-1/por-que-ajustar-pesos-es-dificil';
const PASSWORD = 'una frase larga y segura';

const markButton = (page: Page) => page.getByRole('button', { name: 'Marcar como completada', exact: true });
const doneButton = (page: Page) => page.getByRole('button', { name: 'Lección completada', exact: true });
const saveStatus = (page: Page) => page.getByTestId('estado-guardado');

async function serverStatus(page: Page): Promise<string | undefined> {
  const response = await page.request.get('/api/progress');
  if (!response.ok()) return `HTTP ${response.status()}`;
  const body = (await response.json()) as { lessons: Record<string, string> };
  return body.lessons[LESSON_ID];
}

/** Keys of the completion writes the page sent, however many times each was retried. */
function completionKeys(page: Page): Set<string> {
  const keys = new Set<string>();
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/api/progress')) return;
    const body = request.postDataJSON() as { event?: string; key?: string } | null;
    if (body?.event === 'completed' && body.key) keys.add(body.key);
  });
  return keys;
}

test('a learner marks a lesson complete and it stays complete after a reload', async ({ page }) => {
  await signUp(page, { name: 'Marta Progreso', email: uniqueEmail('marta'), password: PASSWORD });
  await page.goto(LESSON_URL);
  await expect(saveStatus(page)).toHaveText('Guardado');
  await markButton(page).click();
  await expect(doneButton(page)).toBeDisabled();
  await expect(saveStatus(page)).toHaveText('Guardado');
  expect(await serverStatus(page)).toBe('COMPLETED');

  await page.reload();
  await expect(doneButton(page)).toBeVisible();
  await page.goto('/mi-progreso');
  await expect(page.getByTestId('resumen-curso')).toContainText('1 de 77 lecciones');
});

test('offline, the page says it is retrying; back online it saves the completion once', async ({ page, context }) => {
  await signUp(page, { name: 'Óscar Sin Red', email: uniqueEmail('oscar'), password: PASSWORD });
  const keys = completionKeys(page);
  await page.goto(LESSON_URL);
  await expect(saveStatus(page)).toHaveText('Guardado');

  await context.setOffline(true);
  await markButton(page).click();
  await expect(saveStatus(page)).toHaveText('Sin conexión: reintentando…');
  await expect(doneButton(page)).toBeVisible();

  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText('Guardado');
  expect(await serverStatus(page)).toBe('COMPLETED');
  expect(keys.size).toBe(1);
  await page.goto('/mi-progreso');
  await expect(page.getByTestId('resumen-curso')).toContainText('1 de 77 lecciones');
});

test('a visitor’s progress is kept in the browser and merged into the account on sign-up', async ({ page }) => {
  await page.goto(LESSON_URL);
  await markButton(page).click();
  await expect(doneButton(page)).toBeVisible();
  await expect(saveStatus(page)).toContainText('Guardado en este navegador');
  expect(await serverStatus(page)).toBe('HTTP 401');

  await signUp(page, { name: 'Vera Visitante', email: uniqueEmail('vera'), password: PASSWORD });
  await expect.poll(() => serverStatus(page)).toBe('COMPLETED');
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('backprop.')).length))
    .toBe(0);
  await page.goto('/mi-progreso');
  await expect(page.getByTestId('resumen-curso')).toContainText('1 de 77 lecciones');
});

test('answering a lesson’s check questions records each answer and completes the lesson; home and header then offer to continue', async ({ page }) => {
  await signUp(page, { name: 'Pablo Predice', email: uniqueEmail('pablo'), password: PASSWORD });
  const answers: { lessonId?: string; payload?: { questionId?: string; correct?: boolean } }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/activity')) answers.push(request.postDataJSON() as (typeof answers)[number]);
  });
  await page.goto(LESSON_URL);
  await expect(saveStatus(page)).toHaveText('Guardado');

  const questions = page.locator('section.predict-check');
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const question = questions.nth(index);
    const firstOption = question.getByRole('radio').first();
    if (await firstOption.count()) await firstOption.check();
    else await question.getByRole('textbox').fill('0');
    await question.getByRole('button', { name: 'Comprobar' }).click();
  }
  await expect(doneButton(page)).toBeVisible();
  await expect.poll(() => serverStatus(page)).toBe('COMPLETED');
  await expect.poll(() => answers.length).toBe(count);
  expect(answers.every((answer) => answer.lessonId === LESSON_ID && /^p-[0-9a-f]{8}$/.test(answer.payload?.questionId ?? ''))).toBe(true);

  await page.goto('/');
  const resume = page.getByTestId('continuar');
  await expect(resume).toContainText('Seguir con la siguiente lección');
  await expect(resume).toHaveAttribute('href', /\/curso\/unidad-1\//);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Seguir con la siguiente lección' })).toBeVisible();
});
