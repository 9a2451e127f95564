import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'e2e',
  // One sandbox serves every test and each test resets it: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    // The app writes dates in the browser's locale: pin it so expected texts are stable.
    locale: 'en-GB',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'e2e', testIgnore: ['faults/**', 'phone/**'] },
    { name: 'faults', testMatch: ['faults/**/*.spec.ts'] },
    {
      // A phone: 390×844, touch, mobile viewport meta honoured. Chromium (the only browser here).
      name: 'phone',
      testMatch: ['phone/**/*.spec.ts'],
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `${E2E_BASE_URL}/sandbox/stats`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', SANDBOX_DB: ':memory:' },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
