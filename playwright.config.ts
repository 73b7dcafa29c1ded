import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two runs share a machine; CI uses the default. E2E_BASE_URL points the specs
// at a server that is already running (a shared `npm run dev` while writing a spec) instead.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const EXTERNAL_URL = process.env.E2E_BASE_URL;
export const BASE_URL = EXTERNAL_URL ?? `http://localhost:${PORT}`;

// Debian's Chromium, never a downloaded browser (there is no internet here or in CI).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: EXTERNAL_URL ? 180_000 : 60_000,
  // A shared `next dev` compiles pages on first visit and after every edit: give it time.
  expect: { timeout: EXTERNAL_URL ? 30_000 : 5_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'es-ES',
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
  webServer: EXTERNAL_URL
    ? undefined
    : {
        command: 'node --conditions=react-server --import tsx tests/e2e/support/serve.ts',
        url: `${BASE_URL}/`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
        env: { PORT: String(PORT) },
      },
});
