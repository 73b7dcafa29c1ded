import fs from 'node:fs';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/test';

const FIRST_LESSON = '/curso/unidad-1/por-que-ajustar-pesos-es-dificil';
const SECOND_LESSON = '/curso/unidad-1/que-significa-aprender';
// The first lesson still being written, its neighbours, and how many are pending (from content/outline.yaml).
interface OutlineLesson { title: string; slug: string; status: string; href: string }
const OUTLINE = (parse(fs.readFileSync('content/outline.yaml', 'utf8')) as { units: { slug: string; sections: { lessons: OutlineLesson[] }[] }[] }).units.flatMap(
  (unit) => unit.sections.flatMap((section) => section.lessons.map((lesson) => ({ ...lesson, href: `/curso/${unit.slug}/${lesson.slug}` }))),
);
const FIRST_PENDING_INDEX = OUTLINE.findIndex((lesson) => lesson.status === 'pending');
const FIRST_PENDING = OUTLINE[FIRST_PENDING_INDEX]!;
const PENDING_COUNT = OUTLINE.filter((lesson) => lesson.status === 'pending').length;
const PAGES = [
  ['/curso/objetivos', 'Objetivos del curso'],
  ['/curso/como-usar', 'Cómo usar este curso'],
  ['/curso/ver-como-aprende', 'Ver cómo aprende una red neuronal'],
  ['/curso/recursos', 'Recursos recomendados'],
  ['/curso/glosario', 'Glosario'],
  ['/curso/creditos', 'Créditos'],
] as const;

/** Console errors (CSP violations included), page errors and failed or 4xx/5xx requests, as they happen. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cut short by a navigation (a prefetch, the icon of the page being left) is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the home page shows the course, its 13 units with every lesson, and starts the first lesson', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpropagation explicado visualmente');
  const syllabus = page.getByTestId('lista-unidades');
  await expect(syllabus.locator(':scope > li')).toHaveCount(13);
  await expect(syllabus.locator('a[href^="/curso/unidad-"]')).toHaveCount(13 + 77);
  await expect(syllabus.getByText('en preparación')).toHaveCount(PENDING_COUNT);
  await expect(page.getByTestId('demo-en-vivo')).toBeVisible();
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', /backpropagation explicado/);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Course', name: 'Backpropagation explicado visualmente' });

  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Empezar', exact: true }).click();
  await expect(page).toHaveURL(FIRST_LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Por qué ajustar pesos es difícil');
  expect(problems).toEqual([]);
});

test('a unit page lists its sections and lessons', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/curso/unidad-1');
  await expect(page).toHaveTitle(/Unidad 1: El problema que resuelve backpropagation/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('El problema que resuelve backpropagation');
  const sections = page.getByTestId('secciones-unidad');
  await expect(sections.getByRole('heading', { level: 2 })).toHaveText(['1.1 Ajustar miles o millones de parámetros', '1.2 Idea general del aprendizaje']);
  await expect(sections.getByRole('link')).toHaveCount(6);
  await expect(sections.getByText('Verás por qué probar cambios peso a peso no escala', { exact: false })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the written lesson renders math, figure, callouts and contents, with its fonts, and stays light', async ({ page }) => {
  const problems = watchForProblems(page);
  const scripts: Request[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scripts.push(request);
  });
  await page.goto(FIRST_LESSON);
  await expect(page).toHaveTitle(/1\.1\.1 Por qué ajustar pesos es difícil/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /miles o millones de pesos/);

  const breadcrumbs = page.getByRole('navigation', { name: 'Migas de pan' });
  await expect(breadcrumbs.getByRole('listitem')).toHaveText(['Curso', '›Unidad 1', '›Por qué ajustar pesos es difícil']);
  await expect(page.getByRole('navigation', { name: 'Lecciones de la unidad' }).getByRole('link', { name: /1\.1\.1/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Tiempo estimado: 12 minutos')).toBeVisible();

  const article = page.locator('article');
  expect(await article.locator('.katex').count()).toBeGreaterThan(5);
  await expect(article.locator('.katex-display').first()).toBeVisible();
  await expect(article.locator('figure figcaption')).toContainText('El peso resaltado w');
  await expect(article.getByRole('note', { name: 'Intuición · una mesa de mezclas' })).toBeVisible();
  await expect(article.getByRole('note', { name: 'Resumen' })).toBeVisible();

  const contents = page.getByRole('navigation', { name: 'En esta lección' });
  await contents.getByRole('link', { name: 'Probar a ciegas no escala' }).click();
  await expect(page).toHaveURL(`${FIRST_LESSON}#probar-a-ciegas-no-escala`);
  await expect(page.getByRole('heading', { name: 'Probar a ciegas no escala' })).toBeInViewport();

  const katexFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.family.includes('KaTeX') && font.status === 'loaded').length;
  });
  expect(katexFonts).toBeGreaterThan(0);

  await expectNoSeriousAxeViolations(page);
  await page.waitForLoadState('networkidle');
  // Compressed bytes on the wire; a figure to watch, not a test (STYLE.md: tests never assert budgets that drift).
  const sizes = await Promise.all(scripts.map((request) => request.sizes()));
  const total = sizes.reduce((sum, size) => sum + size.responseBodySize, 0);
  test.info().annotations.push({ type: 'JavaScript de la lección', description: `${scripts.length} archivos, ${total} bytes transferidos (gzip)` });
  console.log(`JavaScript transferred by the lesson page: ${scripts.length} files, ${total} bytes`);
  expect(problems).toEqual([]);
});

test('predict and check: the learner commits with the keyboard before seeing the explanation', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(FIRST_LESSON);
  const question = page.getByRole('region', { name: 'Predice y comprueba' });
  await expect(question.getByRole('radio')).toHaveCount(4);
  await expect(question.getByText('Necesitas la pérdida de partida')).toHaveCount(0);

  await question.getByRole('button', { name: 'Comprobar' }).click();
  await expect(question.getByText('Elige una respuesta antes de comprobarla.')).toBeVisible();

  await question.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: /10 001/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Comprobar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByText('¡Bien! Tu predicción es correcta.')).toBeVisible();
  await expect(question.getByText('Necesitas la pérdida de partida')).toBeVisible();
  await expect(question.getByRole('radio', { name: /10 001/ })).toBeDisabled();

  await question.getByRole('button', { name: 'Volver a intentarlo' }).click();
  await expect(question.getByRole('radio').first()).toBeFocused();
  await question.getByRole('radio', { name: /Una: basta/ }).check();
  await question.getByRole('button', { name: 'Comprobar' }).click();
  await expect(question.getByText('No es la respuesta correcta.')).toBeVisible();
  await expect(question.getByText('✓ Correcta')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a pending lesson says it is in preparation, where it sits and where to go', async ({ page }) => {
  const problems = watchForProblems(page);
  const [previous, next] = [OUTLINE[FIRST_PENDING_INDEX - 1]!, OUTLINE[FIRST_PENDING_INDEX + 1]!];
  await page.goto(FIRST_PENDING.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_PENDING.title);
  const notice = page.getByTestId('leccion-en-preparacion');
  await expect(notice).toContainText('Esta lección está en preparación.');
  await expect(notice).toContainText(`Es la lección ${FIRST_PENDING_INDEX + 1} de 77 del curso`);
  await expect(notice.getByRole('link', { name: previous.title })).toHaveAttribute('href', previous.href);
  await expect(notice.getByRole('link', { name: next.title })).toBeVisible();
  expect(problems).toEqual([]);
});

test('previous and next walk the whole course, from the opening pages to the closing ones', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/curso/ver-como-aprende');
  await page.getByTestId('siguiente').click();
  await expect(page).toHaveURL(FIRST_LESSON);
  await page.getByTestId('siguiente').click();
  await expect(page).toHaveURL(SECOND_LESSON);
  await page.getByTestId('anterior').click();
  await expect(page).toHaveURL(FIRST_LESSON);
  await page.getByTestId('anterior').click();
  await expect(page).toHaveURL('/curso/ver-como-aprende');

  await page.goto('/curso/unidad-13/pytorch-o-tensorflow-desde-cero');
  await page.getByTestId('siguiente').click();
  await expect(page).toHaveURL('/curso/recursos');
  await page.goto('/curso/creditos');
  await expect(page.getByTestId('siguiente')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the opening and closing pages all render', async ({ page }) => {
  const problems = watchForProblems(page);
  for (const [path, title] of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(title));
  }
  await page.goto('/curso/ver-como-aprende');
  await expect(page.getByTestId('demo-en-vivo')).toBeVisible();
  expect(problems).toEqual([]);
});

test('on a 360 px phone the lesson list folds away and nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(FIRST_LESSON);
  const lessons = page.getByText('Lecciones de la unidad 1');
  await expect(lessons).toBeVisible();
  const list = page.locator('details').getByRole('link', { name: /1\.1\.2/ });
  await expect(list).toBeHidden();
  await lessons.click();
  await expect(list).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('sitemap.xml lists every page and robots.txt points to it', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml.match(/<loc>/g)).toHaveLength(1 + 6 + 13 + 77);
  expect(xml).toContain(`${FIRST_LESSON}</loc>`);
  expect(xml).toContain('/curso/glosario</loc>');

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain('Disallow: /admin');
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('unknown units and lessons are 404', async ({ page }) => {
  for (const path of ['/curso/unidad-1/leccion-que-no-existe', '/curso/unidad-99', '/curso/unidad-99/algo']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esta página');
  }
});
