import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleBasics, expectSameHeightAsFirst, recordFirstHeights, status, watchForErrors } from './support/viz';

// The lessons of Units 1–4 that use each visualization. Until a lesson lands with its
// component, the test for it fails and says which lesson is missing what.
const LESSONS = {
  RedNeuronal: '/curso/unidad-2/neuronas-como-nodos',
  ErrorDistancia: '/curso/unidad-3/error-como-distancia',
  SuperficiePerdida: '/curso/unidad-3/paisaje-del-error',
  DescensoGradiente: '/curso/unidad-4/compromiso-visual',
  Pendiente1D: '/curso/unidad-4/pendiente-como-direccion',
  CurvaPerdida: '/curso/unidad-1/convergencia-visual',
} as const;

type VizName = keyof typeof LESSONS;

/** Opens the lesson of `name` and returns its visualization, failing clearly if the lesson does not show it. */
async function openViz(page: Page, name: VizName): Promise<Locator> {
  const response = await page.goto(LESSONS[name]);
  expect(response?.status(), `${LESSONS[name]} no responde`).toBe(200);
  const viz = page.locator(`section[data-viz="${name}"]`).first();
  await expect(viz, `La lección ${LESSONS[name]} todavía no incluye <${name}>`).toBeVisible();
  return viz;
}

test.describe('visualizations in the Units 1–4 lessons', () => {
  test('RedNeuronal computes the forward pass layer by layer and reads weights from the keyboard', async ({ page }) => {
    const problems = watchForErrors(page);
    await recordFirstHeights(page);
    const viz = await openViz(page, 'RedNeuronal');
    await expectSameHeightAsFirst(page, viz);
    await expectAccessibleBasics(page, viz);
    const next = viz.getByRole('button', { name: 'Paso siguiente' });
    if (await next.isVisible()) {
      await next.click();
      await expect(status(viz)).toContainText('calculada');
      await viz.getByRole('button', { name: 'Reproducir' }).click();
      await expect(status(viz)).toContainText('Salida calculada', { timeout: 10_000 });
      await expect(next).toBeDisabled();
      await viz.getByRole('button', { name: 'Reiniciar' }).click();
      await expect(status(viz)).toContainText('Reiniciado');
      await expect(next).toBeEnabled();
    }
    const canvas = viz.locator('canvas[tabindex="0"]').first();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect(status(viz)).toContainText(/^(Entrada|Peso|Neurona)/);
    await page.keyboard.press('End');
    await expect(status(viz)).toContainText('salida');
    expect(problems).toEqual([]);
  });

  test('ErrorDistancia moves the prediction or the line and keeps e² the square of e', async ({ page }) => {
    const problems = watchForErrors(page);
    await recordFirstHeights(page);
    const viz = await openViz(page, 'ErrorDistancia');
    await expectSameHeightAsFirst(page, viz);
    await expectAccessibleBasics(page, viz);
    const prediction = viz.getByRole('slider', { name: 'ŷ' });
    if ((await prediction.count()) > 0) {
      const canvas = viz.locator('canvas[tabindex="0"]').first();
      const before = await status(viz).textContent();
      await canvas.focus();
      await page.keyboard.press('ArrowRight');
      await expect(status(viz)).not.toHaveText(before ?? '');
      const text = (await status(viz).textContent()) ?? '';
      const number = (label: string) => Number(new RegExp(`${label} = (−?\\d+(?:,\\d+)?)`).exec(text)?.[1]?.replace('−', '-').replace(',', '.'));
      expect(number('e²')).toBeCloseTo(number('\\|e\\|') ** 2, 1);
      const box = (await canvas.boundingBox())!;
      await canvas.click({ position: { x: box.width * 0.9, y: box.height * 0.8 } });
      await expect.poll(async () => Number(await prediction.inputValue())).toBeGreaterThan(2.5);
    } else {
      const w = viz.getByRole('slider', { name: 'w' });
      await w.focus();
      await page.keyboard.press('ArrowRight');
      await expect(status(viz)).toContainText('Error cuadrático medio');
    }
    expect(problems).toEqual([]);
  });

  test('SuperficiePerdida picks a start on the contour map, steps down the gradient and turns in 3-D', async ({ page }) => {
    const problems = watchForErrors(page);
    const viz = await openViz(page, 'SuperficiePerdida');
    await expectAccessibleBasics(page, viz);
    const contour = viz.getByRole('img', { name: /Mapa de contorno/ });
    if ((await contour.count()) > 0) {
      const box = (await contour.boundingBox())!;
      await contour.click({ position: { x: box.width * 0.8, y: box.height * 0.2 } });
      await expect(status(viz)).toContainText('Nuevo punto de partida');
      await contour.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(status(viz)).toContainText('Nuevo punto de partida');
    }
    await viz.getByRole('button', { name: 'Paso', exact: true }).click();
    await expect(status(viz)).toContainText('Paso 1:');
    const turn = viz.getByRole('slider', { name: 'Girar' });
    if ((await turn.count()) > 0) {
      const before = await turn.inputValue();
      const surface = viz.getByRole('img', { name: /Superficie en 3D/ });
      await surface.focus();
      await page.keyboard.press('ArrowRight');
      await expect(turn).not.toHaveValue(before);
      // Dragging turns it too, and the slider follows on release.
      const turned = await turn.inputValue();
      const box = (await surface.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2, { steps: 6 });
      await page.mouse.up();
      await expect(turn).not.toHaveValue(turned);
    }
    expect(problems).toEqual([]);
  });

  test('DescensoGradiente runs three learning rates and labels the one that diverges', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watchForErrors(page);
    const viz = await openViz(page, 'DescensoGradiente');
    await expectAccessibleBasics(page, viz);
    await viz.getByRole('button', { name: 'Paso', exact: true }).click();
    await expect(viz.getByText('Paso 1 · L =')).toHaveCount(3);
    // With reduced motion "Reproducir" jumps to the last step without animating.
    await viz.getByRole('button', { name: 'Reproducir' }).click();
    await expect(viz.getByText('diverge', { exact: true })).toBeVisible();
    await expect(status(viz)).toContainText('diverge');
    await viz.getByRole('slider', { name: 'η del panel central' }).focus();
    await page.keyboard.press('Home');
    await expect(viz.getByText(/η = 0,001/).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('Pendiente1D shows the slope and steps against it', async ({ page }) => {
    const problems = watchForErrors(page);
    const viz = await openViz(page, 'Pendiente1D');
    await expectAccessibleBasics(page, viz);
    await viz.getByRole('button', { name: 'Dar un paso' }).click();
    await expect(status(viz)).toContainText('pendiente dL/dw');
    await expect(viz.getByText('pasos: 1')).toBeVisible();
    await viz.locator('canvas[tabindex="0"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(status(viz)).toContainText('w = ');
    expect(problems).toEqual([]);
  });

  test('CurvaPerdida trains the network live, pauses, and finishes with the loss lower than it started', async ({ page }) => {
    const problems = watchForErrors(page);
    const viz = await openViz(page, 'CurvaPerdida');
    await expectAccessibleBasics(page, viz);
    const play = viz.getByRole('button', { name: 'Reproducir' });
    await play.click();
    const pause = viz.getByRole('button', { name: 'Pausa' });
    if (await pause.isVisible()) await pause.click();
    await expect(status(viz)).toContainText(/En pausa|Entrenamiento terminado/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    if (await play.isEnabled()) await play.click();
    await expect(status(viz)).toContainText(/Entrenamiento terminado|diverge/);
    const losses = await viz.locator('details table tbody td').allTextContents();
    const numbers = losses.map((text) => Number(text.replace('−', '-').replace(',', '.')));
    expect(numbers.at(-1)!).toBeLessThan(numbers[0]!);
    expect(problems).toEqual([]);
  });

  test('every visualization fits a 360 px wide phone without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const name of Object.keys(LESSONS) as VizName[]) {
      const viz = await openViz(page, name);
      const box = await viz.boundingBox();
      expect(box!.x + box!.width, `<${name}> en ${LESSONS[name]}`).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `<${name}> en ${LESSONS[name]}`).toBeLessThanOrEqual(360);
    }
  });
});
