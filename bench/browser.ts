/**
 * Chromium through Playwright: Debian's build (CHROMIUM_PATH or /usr/bin/chromium), one
 * browser for the whole bench and a fresh context (cold cache, empty storage) per measured run.
 */
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const VIEWPORT = { width: 1400, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`. Functions
 * handed to `page.evaluate`/`addInitScript` are serialized into the page, where that helper
 * does not exist: define a no-op one before anything else runs.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface SandboxConnection {
  origin: string;
  apiKey: string;
}

/** The JSON the app reads from sessionStorage at start (`timekeeper.connection`). */
export function connectionJson({ origin, apiKey }: SandboxConnection): string {
  return JSON.stringify({
    id: randomUUID(),
    kind: 'sandbox',
    baseUrl: `${origin}/api`,
    apiKey,
    label: 'Sandbox',
    rateLimitPerSecond: null,
    remember: false,
  });
}

/** A fresh context + page; with `connection`, the app starts already connected (no connect clicks). */
export async function freshPage(browser: Browser, connection?: SandboxConnection): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: NAME_SHIM });
  if (connection) {
    await context.addInitScript((json: string) => sessionStorage.setItem('timekeeper.connection', json), connectionJson(connection));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { context, page };
}

/** JS heap in use (CDP Performance.getMetrics JSHeapUsedSize), after a forced GC. */
export async function jsHeapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('CDP did not report JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach();
  }
}

/** Resolves after the page has produced `n` more frames. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count: number) =>
      new Promise<void>((resolve) => {
        let left = count;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}
