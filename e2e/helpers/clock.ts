/** The page's clock (`page.clock`) for undo windows and countdowns. */
import type { Page } from '@playwright/test';

/**
 * Stops the page's clock a second ahead of its now, so an undo window or countdown cannot run
 * out while the test acts inside it, however slow the machine; `page.clock.resume()` lets it
 * run again. The clock must have been installed (`page.clock.install()`) before the page loaded.
 * The page's clock runs on between reading it and pausing: should more than the second have
 * passed ("Cannot fast-forward to the past"), read it again.
 */
export async function holdClock(page: Page) {
  for (let attempt = 1; ; attempt++) {
    const at = await page.evaluate(() => Date.now() + 1000);
    try {
      await page.clock.pauseAt(at);
      return;
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('to the past')) throw e;
    }
  }
}
