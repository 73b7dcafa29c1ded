// Laboratorio frame budget: plays /laboratorio in Chromium and prints fps, epochs/s and ms per frame.
// Usage: node --import tsx bench/laboratorio/run.ts [http://localhost:3000]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const SECONDS = 4;
const CASES = [
  ['red por defecto (2 entradas, 4 + 2 ocultas, tanh)', '/laboratorio'],
  ['red más grande (7 entradas, 6 × 8 ocultas)', '/laboratorio?entradas=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2&capas=8,8,8,8,8,8'],
  ['red más grande, velocidad máxima', '/laboratorio?entradas=x1,x2,x1Squared,x2Squared,x1x2,sinX1,sinX2&capas=8,8,8,8,8,8'],
] as const;

type Stats = { frames: number; epochs: number; engineMs: number; drawMs: number };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [name, path] of CASES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + path);
    if (name.includes('máxima')) await page.getByRole('combobox', { name: 'Velocidad' }).selectOption('rapida');
    await page.getByRole('button', { name: /Entrenar/ }).click();
    await page.waitForFunction(() => (window.__labStats?.frames ?? 0) > 10);
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
