// Laboratorio frame budget: plays /laboratorio in Chromium and prints fps, epochs/s and ms per frame.
// Usage: npm run bench:laboratorio -- [http://localhost:3000] (a trailing /laboratorio is accepted too)
import { chromium, type Page } from '@playwright/test';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/laboratorio\/?$/, '');
const SECONDS = 4;
const CASES = [
  ['red por defecto (2 entradas, 4 + 2 ocultas, tanh)', '/laboratorio'],
  ['red más grande (7 entradas, 6 × 8 ocultas)', '/laboratorio?entradas=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2&capas=8,8,8,8,8,8'],
  ['red más grande, velocidad máxima', '/laboratorio?entradas=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2&capas=8,8,8,8,8,8'],
] as const;

type Stats = { frames: number; epochs: number; engineMs: number; drawMs: number };

/** Presses «Entrenar» until the lab is playing: a click before hydration does nothing. */
async function play(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /Entrenar|Pausa/ });
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    const started = await page.waitForFunction(() => (window.__labStats?.frames ?? 0) > 10, null, { timeout: 2000 }).then(
      () => true,
      () => false,
    );
    if (started) return;
  }
  throw new Error('el laboratorio no ha empezado a entrenar');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [name, path] of CASES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + path);
    await play(page);
    if (name.includes('máxima')) await page.getByRole('combobox', { name: 'Velocidad' }).selectOption('rapida');
    const read = () => page.evaluate(() => ({ ...(window.__labStats as Stats), t: performance.now() }));
    const a = await read();
    await page.waitForTimeout(SECONDS * 1000);
    const b = await read();
    const frames = b.frames - a.frames;
    const seconds = (b.t - a.t) / 1000;
    console.log(
      `${name}: ${(frames / seconds).toFixed(1)} fps, ${((b.epochs - a.epochs) / seconds).toFixed(1)} épocas/s, ` +
        `motor ${((b.engineMs - a.engineMs) / frames).toFixed(2)} ms/fotograma, dibujo ${((b.drawMs - a.drawMs) / frames).toFixed(2)} ms/fotograma`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
