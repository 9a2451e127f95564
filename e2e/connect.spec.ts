import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STORAGE_KEY = 'timekeeper.connection';

/** Watches every URL the page visits and every console line, to prove the key never shows up. */
function watchLeaks(page: Page) {
  const urls: string[] = [];
  const consoleLines: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (msg) => consoleLines.push(`${msg.type()}: ${msg.text()} ${msg.location().url}`));
  page.on('pageerror', (err) => consoleLines.push(`pageerror: ${err.message}`));
  return { urls, consoleLines };
}

async function openClockifyTab(page: Page, baseURL: string) {
  await page.goto('/connect');
  await page.getByRole('tab', { name: 'Clockify' }).click();
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Custom base URL' }).click();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('Custom base URL');
  await page.getByRole('textbox', { name: 'Base URL' }).fill(`${baseURL}/api`);
}

async function storedConnection(page: Page) {
  return page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: localStorage.getItem(key) }), STORAGE_KEY);
}

test.describe('connect with an API key (Clockify tab, custom base URL)', () => {
  test('a base URL without /api is explained; one ending in /v1, as docs often write it, connects', async ({ page, sandbox, baseURL }) => {
    const person = sandbox.person((p) => p.role === 'TEAM_MANAGER', 'a team manager');
    await openClockifyTab(page, baseURL!);
    const field = page.getByRole('textbox', { name: 'Base URL' });
    await field.fill(baseURL!);
    await page.getByLabel('API key').fill(person.apiKey);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not connect' });
    await expect(alert).toContainText(`Nothing answers at ${baseURL}/v1/user: check the base URL. Clockify's ends in /api`);

    // A rate out of range is said, not quietly changed.
    const rate = page.getByRole('textbox', { name: 'Requests per second' });
    await rate.fill('1000');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('Clockify allows 50 a second at most.')).toBeVisible();
    await expect(rate).toHaveValue('1000');
    await rate.fill('0');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('At least 0.01.')).toBeVisible();
    await rate.fill('10');

    await field.fill(`${baseURL}/api/v1/`);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
  });

  test('a wrong key is refused with a clear message; the right one connects', async ({ page, sandbox, baseURL }) => {
    const leaks = watchLeaks(page);
    const person = sandbox.person((p) => p.role === 'TEAM_MANAGER', 'a team manager');
    const wrongKey = `${person.apiKey.slice(0, -4)}XXXX`;
    await openClockifyTab(page, baseURL!);

    await page.getByLabel('API key').fill(wrongKey);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not connect' });
    await expect(alert).toContainText('The API key was not accepted: check the key');
    // Nobody is connected yet: no advice to "Disconnect".
    await expect(alert).not.toContainText(/disconnect/i);
    await expect(page).toHaveURL(/\/connect$/);
    // Editing the key clears the answer about the old one.
    await page.getByLabel('API key').fill(`${wrongKey}Y`);
    await expect(alert).toBeHidden();
    expect(await storedConnection(page)).toEqual({ session: null, local: null });

    await page.getByLabel('API key').fill(person.apiKey);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/w/${person.workspaceId}/u/${person.userId}`));
    await expect(page.getByRole('banner').getByText(`${person.name} · Clockify (custom URL)`)).toBeVisible();

    // Walk around a little so more URLs are visited, then check nothing leaked.
    await page.getByRole('link', { name: 'Team timers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();

    for (const key of [person.apiKey, wrongKey]) {
      expect(leaks.urls.filter((u) => u.includes(key) || decodeURIComponent(u).includes(key))).toEqual([]);
      expect(leaks.consoleLines.filter((l) => l.includes(key))).toEqual([]);
    }
    expect(leaks.urls.length).toBeGreaterThan(2);
  });

  test('"Remember on this device" keeps the connection in localStorage only', async ({ page, sandbox, baseURL, browser }) => {
    const leaks = watchLeaks(page);
    const person = sandbox.owner;
    await openClockifyTab(page, baseURL!);
    await page.getByLabel('API key').fill(person.apiKey);
    await page.getByRole('checkbox', { name: 'Remember on this device' }).check();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();

    const stored = await storedConnection(page);
    expect(stored.session).toBeNull();
    expect(stored.local).toContain(person.apiKey);
    expect(JSON.parse(stored.local!)).toMatchObject({ remember: true, baseUrl: `${baseURL}/api` });

    // Remembered: a new tab of the same browser profile is still connected.
    const second = await page.context().newPage();
    await second.goto(`/w/${person.workspaceId}/u/${person.userId}`);
    await expect(second.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
    await second.close();

    // Another browser profile knows nothing of it.
    const other = await browser.newContext({ baseURL });
    const stranger = await other.newPage();
    await stranger.goto(`/w/${person.workspaceId}/u/${person.userId}`);
    await expect(stranger).toHaveURL(/\/connect\?next=/);
    await other.close();

    expect(leaks.urls.filter((u) => u.includes(person.apiKey))).toEqual([]);
    expect(leaks.consoleLines.filter((l) => l.includes(person.apiKey))).toEqual([]);
  });

  test('without "Remember" the connection lives in sessionStorage only', async ({ page, sandbox, baseURL }) => {
    const leaks = watchLeaks(page);
    const person = sandbox.owner;
    await openClockifyTab(page, baseURL!);
    await page.getByLabel('API key').fill(person.apiKey);
    await expect(page.getByRole('checkbox', { name: 'Remember on this device' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();

    const stored = await storedConnection(page);
    expect(stored.local).toBeNull();
    expect(stored.session).toContain(person.apiKey);
    expect(JSON.parse(stored.session!)).toMatchObject({ remember: false });

    // A reload of the same tab keeps it; a new tab (new session) does not.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
    const second = await page.context().newPage();
    await second.goto(`/w/${person.workspaceId}/u/${person.userId}`);
    await expect(second).toHaveURL(/\/connect\?next=/);
    await second.close();

    expect(leaks.urls.filter((u) => u.includes(person.apiKey))).toEqual([]);
    expect(leaks.consoleLines.filter((l) => l.includes(person.apiKey))).toEqual([]);
  });
});
