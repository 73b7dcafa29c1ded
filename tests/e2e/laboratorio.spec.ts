import AxeBuilder from '@axe-core/playwright';
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

/** Presses «Entrenar» until the lab plays: on a freshly compiled page a click can land before hydration. */
async function startTraining(page: Page) {
  await expect(async () => {
    const play = page.getByRole('button', { name: /Entrenar/ });
    if ((await play.count()) > 0) await play.click();
    await expect(page.getByRole('button', { name: /Pausa/ })).toBeVisible({ timeout: 1000 });
  }).toPass();
}

async function readWeights(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="w-"]').allTextContents();
}

test('play advances the epoch counter and announces progress', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laboratorio');
  await expect(page.getByTestId('epoca')).toHaveText('0');
  await startTraining(page);
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

test('«Comprobar gradientes» reports the largest relative error and a verdict', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio?semilla=3&capas=3');
  await page.getByRole('button', { name: 'Una época' }).click();
  await page.getByRole('button', { name: 'Comprobar gradientes' }).click();
  await expect(page.getByTestId('veredicto-gradientes')).toContainText('Correcto');
  const error = Number((await page.getByTestId('error-relativo').textContent())!.replace(',', '.').replace(/−/g, '-'));
  expect(error).toBeLessThan(1e-6);
  expect(problems).toEqual([]);
});

test('a bias is edited with the keyboard, moving there with the arrow keys', async ({ page }) => {
  await page.goto('/laboratorio?capas=2&semilla=9');
  await openNumbers(page);
  await page.getByTestId('peso-0-0-0').focus();
  // The first unit's incoming weights (x₁, x₂), then its bias.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('sesgo-0-0')).toBeFocused();
  await expect(page.getByTestId('sesgo-0-0')).toHaveAttribute('tabindex', '0');
  await expect(page.getByTestId('peso-0-0-0')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  const input = page.getByLabel(/Nuevo valor de b/);
  await expect(input).toBeFocused();
  await input.fill('-0,75');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('b-0-0')).toHaveText('−0,75');
});

test('the lab is saved as JSON and opened again with the same weights; bad files change nothing', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio?datos=xor&capas=3&semilla=21');
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Una época' }).click();
  await openNumbers(page);
  const trained = await readWeights(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Guardar como JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('laboratorio-xor-3-epoca-2.json');
  const saved = await file.path().then((p) => import('node:fs/promises').then((fs) => fs.readFile(p, 'utf8')));

  await page.getByRole('button', { name: 'Reiniciar' }).click();
  await expect(page.getByTestId('epoca')).toHaveText('0');
  const fresh = await readWeights(page);
  expect(fresh).not.toEqual(trained);
  const input = page.getByTestId('abrir-json');

  await input.setInputFiles({ name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from(saved.replace(/"W": \[\s*[-\d.e]+/, '"W": [null')) });
  await expect(page.getByTestId('estado-archivo')).toContainText('valor no numérico');
  await input.setInputFiles({ name: 'otro.json', mimeType: 'application/json', buffer: Buffer.from('{"hola": 1') });
  await expect(page.getByTestId('estado-archivo')).toContainText('no es JSON válido');
  await input.setInputFiles({ name: 'enorme.json', mimeType: 'application/json', buffer: Buffer.alloc(11 * 1024 * 1024, 32) });
  await expect(page.getByTestId('estado-archivo')).toContainText('el límite es 10 MB');
  await expect(page.getByTestId('epoca')).toHaveText('0');
  expect(await readWeights(page)).toEqual(fresh);

  await input.setInputFiles({ name: 'guardado.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByTestId('estado-archivo')).toContainText('Laboratorio abierto');
  await expect(page.getByTestId('epoca')).toHaveText('2');
  expect(await readWeights(page)).toEqual(trained);
  expect(problems).toEqual([]);
});

test('the network is exported as PyTorch code with its layers', async ({ page }) => {
  await page.goto('/laboratorio?capas=3&semilla=4');
  await page.getByRole('button', { name: 'Ver y copiar el código' }).click();
  await expect(page.getByTestId('codigo-python')).toContainText('nn.Linear(2, 3)');
  await page.getByLabel('Código para').selectOption('keras');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Descargar .py' }).click();
  expect((await download).suggestedFilename()).toBe('laboratorio-circle-3-epoca-0-keras.py');
});

test('every new panel open, the lab has no serious accessibility problem', async ({ page }) => {
  await page.goto('/laboratorio?capas=3&semilla=8');
  await page.getByRole('button', { name: 'Una época' }).click();
  await openNumbers(page);
  await page.getByRole('button', { name: 'Comprobar gradientes' }).click();
  await page.getByRole('button', { name: 'Calcular el paisaje' }).click();
  await page.getByRole('button', { name: 'Ver y copiar el código' }).click();
  await page.getByLabel('Ver como grafo de cómputo').check();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Siguiente fase' }).click();
  await page.getByTestId('peso-0-0-0').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cadena-caminos')).toBeVisible();
  await expect(page.getByRole('tooltip')).toContainText('w = ');
  await expect(page.getByTestId('peso-0-0-0')).toHaveAttribute('aria-describedby', /.+/);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="laboratorio"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('«Parar en la época» pauses training at that epoch, says so, and is kept in the link', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio?semilla=3');
  const field = page.getByLabel('Parar en la época');
  await field.fill('-4');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('4');
  // The link is rewritten by the hydrated page, so one click on «Entrenar» is enough (and
  // retrying it could train past the stop).
  await expect(page).toHaveURL(/parar=4/);
  await page.getByRole('button', { name: /Entrenar/ }).click();
  await expect(page.getByTestId('epoca')).toHaveText('4');
  await expect(page.getByTestId('anuncio')).toContainText('se ha llegado a la época 4');
  expect(problems).toEqual([]);
});

test('at the backward phase a chosen weight shows ∂L/∂w as a sum over paths, equal to the engine’s', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio?capas=4,4,4&semilla=5');
  await openNumbers(page);
  const next = page.getByRole('button', { name: 'Siguiente fase' });
  for (let i = 0; i < 3; i++) await next.click();
  await expect(page.getByTestId('fase-actual')).toContainText('Paso hacia atrás');
  await expect(page.getByTestId('cadena')).toContainText('Elige un peso');
  const edge = page.getByTestId('peso-0-1-0');
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('cadena')).toContainText('Peso de x₁ a la neurona 2 de la capa 1');
  await expect(page.getByTestId('cadena-caminos').getByRole('listitem')).toHaveCount(8);
  await expect(page.getByTestId('cadena-resto')).toContainText('y 8 caminos más');
  const engine = (await page.getByTestId('cadena-motor').textContent()) ?? '';
  await expect(page.getByTestId('cadena-suma')).toHaveText(engine);
  expect(engine).toContain(`∂L/∂w = ${await page.getByTestId('dw-0-1-0').textContent()}`);
  expect(problems).toEqual([]);
});

test('the computation graph shows small networks only, and shares the chosen weight with the neuron drawing', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/laboratorio');
  const toggle = page.getByLabel('Ver como grafo de cómputo');
  await expect(toggle).toBeDisabled();
  await expect(page.getByTestId('grafo-computo')).toContainText('hasta 12 pesos; esta tiene 18');

  await page.goto('/laboratorio?capas=2&semilla=5');
  await page.getByLabel('Ver como grafo de cómputo').check();
  const graph = page.getByRole('group', { name: 'Grafo de cómputo de la pérdida para el ejemplo actual' });
  await expect(graph.getByRole('button', { name: /^L, operación/ })).toContainText('grad 1,00');
  await graph.getByRole('button', { name: /^w₁₂⁽¹⁾,/ }).click();
  await expect(page.getByTestId('peso-0-0-1')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('grafo-seleccion')).toContainText('w₁₂⁽¹⁾, valor de partida');

  await page.getByTestId('peso-1-0-1').focus();
  await page.keyboard.press('Enter');
  await expect(graph.getByRole('button', { name: /^w₁₂⁽²⁾,/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('peso-0-0-1')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('grafo-seleccion')).toContainText('un camino hasta L');
  expect(problems).toEqual([]);
});
