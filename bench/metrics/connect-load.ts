/**
 * The JS and CSS a first visit to the connect page loads (no saved connection): a fresh
 * context, `/connect`, until the key field is shown and the network is idle.
 */
import type { Browser, Response } from '@playwright/test';
import { freshPage } from '../browser';
import { assetsFrom, type LoadedAssets } from './console-load';

export async function measureConnectAssets(browser: Browser, origin: string): Promise<LoadedAssets> {
  const { context, page } = await freshPage(browser);
  try {
    const responses: Response[] = [];
    page.on('response', (r) => void responses.push(r));
    await page.goto(`${origin}/connect`);
    await page.getByRole('button', { name: /connect/i }).first().waitFor();
    await page.waitForLoadState('networkidle');
    return await assetsFrom(responses);
  } finally {
    await context.close();
  }
}
