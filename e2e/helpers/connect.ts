/** Connecting that waits until the connection is really made (slow servers included). */
import { expect, type Page } from '@playwright/test';
import type { DemoPerson } from '../fixtures';

/**
 * Like `connectAs` from the fixtures, but waits until the app has left /connect: the connect
 * page has an h1 of its own, so "an h1 is visible" passes before the key is verified.
 * `origin` points at another server than the suite's base URL.
 */
export async function connectAndWait(page: Page, person: DemoPerson, origin = '') {
  await page.goto(`${origin}/connect`);
  const label = `Connect as ${person.name}${person.workspaceName ? ` (${person.workspaceName})` : ''}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page).not.toHaveURL(/\/connect(\?|$)/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
