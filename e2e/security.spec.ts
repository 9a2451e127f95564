/**
 * Security: the API key stays out of URLs, console output, error messages and the server log;
 * the responses carry the security headers and the app runs under its CSP without violations;
 * hostile seeded data renders as text; date inputs refuse impossible values.
 */
import { request as playwrightRequest, type Page } from '@playwright/test';
import { connectAs, expect, resetSandbox, test, type SandboxApi } from './fixtures';
import { ownerIn, peopleWithRunningTimers } from './helpers/api';
import { daysAgo, openMember } from './helpers/entries';
import { startOwnServer, type OwnServer } from './helpers/own-server';
import { pickDateTime } from './helpers/picker';
import { wallClock, dayKeyIn } from './helpers/time';

const XSS_DESCRIPTION = 'Check preview <img src=x onerror=alert(1)> rendering';
const XSS_PROJECT = 'Research <script>alert("x")</script>';
const XSS_TAG = '<b>&amp;</b>';

/** Everything a page exposes that a key must never be in: URLs it visited or requested, console lines. */
function watch(page: Page) {
  const seen = { urls: [] as string[], console: [] as string[], dialogs: [] as string[], cspViolations: [] as string[] };
  page.on('framenavigated', (f) => seen.urls.push(f.url()));
  page.on('request', (r) => seen.urls.push(r.url()));
  page.on('console', (m) => {
    seen.console.push(m.text());
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) seen.cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => seen.console.push(e.message));
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return seen;
}

/** Collects `securitypolicyviolation` events in the page (they fire even when nothing is logged). */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspEvents = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

async function visibleText(page: Page) {
  return page.evaluate(() => document.body.innerText);
}

test.describe('the API key stays secret', () => {
  let own: OwnServer | null = null;
  test.afterEach(async () => {
    await own?.stop();
    own = null;
  });

  test('never in a page URL, a request URL, the console, an error shown, or the server log', async ({ page }) => {
    own = await startOwnServer({ log: true });
    const origin = own.server.url;
    const api = await playwrightRequest.newContext({ baseURL: origin });
    try {
      const sandbox = await resetSandbox(api);
      const owner = sandbox.owner;
      const running = (await peopleWithRunningTimers(sandbox)).find(({ person }) => person.workspaceId === owner.workspaceId)!;
      const seen = watch(page);

      // A wrong key through the Clockify tab (custom base URL = this sandbox): refused, and the message must not echo it.
      const wrongKey = `${owner.apiKey.slice(0, 40)}ZZZZZZZZ`;
      await page.goto(`${origin}/connect`);
      await page.getByRole('tab', { name: 'Clockify' }).click();
      await page.getByRole('combobox', { name: 'Region' }).click();
      await page.getByRole('option', { name: 'Custom base URL' }).click();
      await page.getByRole('textbox', { name: 'Base URL' }).fill(`${origin}/api`);
      await page.getByLabel('API key').fill(wrongKey);
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      const refused = page.getByRole('alert').filter({ hasText: 'Could not connect' });
      await expect(refused).toContainText(/the API key was not accepted/i);
      expect(await refused.textContent()).not.toContain(wrongKey);

      // The right key, the same way.
      await page.getByLabel('API key').fill(owner.apiKey);
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(page).not.toHaveURL(/\/connect/);

      // Browse, then a stop that the server refuses (an error shown in the UI).
      await page.goto(`${origin}/w/${running.person.workspaceId}/u/${running.person.userId}`);
      const card = page.getByRole('region', { name: 'Running timer' });
      await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
      // Stops are retried: fail every attempt (cleared below, once the UI has settled).
      await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH' } });
      await card.getByRole('button', { name: 'Stop timer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
      await dialog.getByRole('button', { name: 'Now' }).click();
      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      const failure = card.getByRole('alert');
      await expect(failure).toContainText('The timer was not stopped');
      const failureText = (await failure.textContent()) ?? '';
      // And a read that fails for good (500 on every attempt).
      await sandbox.faults({ failNext: { status: 500, times: 8, method: 'GET', pathIncludes: '/projects' } });
      await page.getByRole('link', { name: 'Team timers' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('link', { name: 'Activity' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
      await sandbox.clearFaults();

      for (const key of [owner.apiKey, wrongKey]) {
        expect(seen.urls.filter((u) => u.includes(key)), 'URLs').toEqual([]);
        expect(seen.console.filter((l) => l.includes(key)), 'console').toEqual([]);
        expect(own.log.filter((l) => l.includes(key)), 'server log').toEqual([]);
        expect(await visibleText(page)).not.toContain(key);
      }
      expect(failureText).not.toContain(owner.apiKey);
      // The capture really saw the traffic, including the failures.
      expect(own.log.some((l) => /^GET \/api\/v1\/user 401 /.test(l))).toBe(true);
      expect(own.log.some((l) => /^PATCH \/api\/v1\/workspaces\/\w+\/user\/\w+\/time-entries 500 /.test(l))).toBe(true);
      expect(seen.urls.length).toBeGreaterThan(10);
    } finally {
      await api.dispose();
    }
  });
});

test.describe('security headers and CSP', () => {
  test('on the page, an asset and API answers', async ({ request, sandbox }) => {
    const page = await request.get('/');
    const html = await page.text();
    const asset = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(asset, 'a script asset in index.html').toBeTruthy();
    const responses = {
      '/': page,
      [asset!]: await request.get(asset!),
      '/api/v1/user': await request.get('/api/v1/user', { headers: { 'X-Api-Key': sandbox.owner.apiKey } }),
      '/api/v1/user (401)': await request.get('/api/v1/user', { headers: { 'X-Api-Key': 'nope' } }),
    };
    for (const [what, res] of Object.entries(responses)) {
      const h = res.headers();
      expect(h['referrer-policy'], what).toBe('no-referrer');
      expect(h['x-content-type-options'], what).toBe('nosniff');
      const csp = Object.fromEntries(
        (h['content-security-policy'] ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values]),
      );
      expect(csp['script-src'], `${what}: script-src`).toEqual(["'self'"]);
      expect(csp['frame-ancestors'], `${what}: frame-ancestors`).toEqual(["'none'"]);
      expect(csp['connect-src']?.length, `${what}: connect-src`).toBeGreaterThan(0);
      for (const source of csp['connect-src']) {
        expect(source === "'self'" || /^https:\/\/(\*\.|[a-z0-9-]+\.)?clockify\.me$/.test(source), `${what}: connect-src ${source}`).toBe(true);
      }
    }
    expect(responses['/api/v1/user'].status()).toBe(200);
  });

  test('the app runs under its CSP without violations', async ({ page, sandbox }) => {
    await recordCspViolations(page);
    const seen = watch(page);
    const main = await page.goto('/connect');
    expect(main?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('tab', { name: 'Clockify' }).click();
    await connectAs(page, sandbox.owner);
    const running = (await peopleWithRunningTimers(sandbox)).find(({ person }) => person.workspaceId === sandbox.owner.workspaceId)!;
    await page.goto(`/w/${running.person.workspaceId}/u/${running.person.userId}`);
    const card = page.getByRole('region', { name: 'Running timer' });
    await card.getByRole('button', { name: 'Stop timer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await dialog.getByRole('button', { name: 'End time' }).click();
    await expect(page.getByRole('button', { name: 'Confirm end time' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Confirm end time' })).toBeHidden();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: 'Team timers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    await page.getByRole('button', { name: /Switch to (dark|light) mode/ }).click();
    expect(await cspEvents(page)).toEqual([]);
    expect(seen.cspViolations).toEqual([]);
  });
});

test.describe('hostile seeded data renders as text', () => {
  test('a <script> project, a <b> tag and an <img onerror> description', async ({ page, sandbox }) => {
    const seen = watch(page);
    const hostile = await findHostile(sandbox);
    await connectAs(page, ownerIn(sandbox, hostile.person.workspaceId));
    const day = dayKeyIn(hostile.start, hostile.person.timeZone);
    await openMember(page, hostile.person, day, day);
    await expect(page.getByText(XSS_DESCRIPTION, { exact: true })).toBeVisible();

    // Project and tag: over the last 30 days of members until both are on screen.
    let found = { project: false, tag: false };
    for (const person of sandbox.people.filter((p) => p.workspaceId === hostile.person.workspaceId)) {
      await openMember(page, person, daysAgo(30, person.timeZone), daysAgo(0, person.timeZone));
      await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
      await expect(page.getByText(/^\d[\d,]* entr(y|ies) · total/)).toBeVisible({ timeout: 20_000 });
      if (!found.project && (await page.getByText(XSS_PROJECT, { exact: true }).count())) {
        await expect(page.getByText(XSS_PROJECT, { exact: true }).first()).toBeVisible();
        found = { ...found, project: true };
      }
      if (!found.tag && (await page.getByText(XSS_TAG, { exact: true }).count())) {
        await expect(page.getByText(XSS_TAG, { exact: true }).first()).toBeVisible();
        found = { ...found, tag: true };
      }
      if (found.project && found.tag) break;
    }
    expect(found).toEqual({ project: true, tag: true });

    // Nothing was injected: no dialog, no <img src=x>, no injected script or <b>.
    expect(seen.dialogs).toEqual([]);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img[src="x"], img[onerror]').length,
      // Executable scripts only: the page's own JSON list of chunk names is data, not code.
      script: [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/json' && s.textContent?.includes('alert(')).length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === '&').length,
    }));
    expect(injected).toEqual({ img: 0, script: 0, bold: 0 });
  });
});

async function findHostile(sandbox: SandboxApi) {
  for (const person of sandbox.people) {
    const e = (await sandbox.entries(person)).find((x) => x.description === XSS_DESCRIPTION);
    if (e) return { person, start: e.timeInterval.start };
  }
  throw new Error('No seeded entry with the hostile description');
}

test.describe('date inputs refuse impossible values', () => {
  test('From/To: an impossible date, a reversed range and an over-long range are refused with a message', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER', 'member');
    await connectAs(page, sandbox.owner);
    const from = daysAgo(6, member.timeZone);
    const to = daysAgo(0, member.timeZone);
    await openMember(page, member, from, to);
    await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
    const fromInput = page.getByLabel('From', { exact: true });
    const toInput = page.getByLabel('To', { exact: true });
    const apply = page.getByRole('button', { name: 'Apply range' });
    const url = page.url();

    // 30 February does not exist: the text stays, marked, and nothing can be applied.
    await fromInput.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30/02/2026');
    await expect(page.getByText('Enter a real start date.')).toBeVisible();
    await expect(fromInput).toHaveAttribute('aria-invalid', 'true');
    await expect(apply).toBeDisabled();
    expect(page.url()).toBe(url);

    await fromInput.fill(to);
    await toInput.fill(from);
    await expect(page.getByText('The start must be on or before the end.')).toBeVisible();
    await expect(apply).toBeDisabled();
    expect(page.url()).toBe(url);

    await fromInput.fill('1990-01-01');
    await toInput.fill(to);
    await expect(page.getByText('Pick at most five years.')).toBeVisible();
    await expect(apply).toBeDisabled();
    expect(page.url()).toBe(url);

    // A hand-edited URL with an impossible date falls back to a real range, no crash.
    await openMember(page, member, '2026-02-30', to);
    await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
    await expect(fromInput).not.toHaveValue('2026-02-30');
    await expect(fromInput).not.toHaveValue('');
  });

  test('stop dialog: an end before the start is refused with a message and nothing is sent', async ({ page, sandbox }) => {
    const found = (await peopleWithRunningTimers(sandbox)).find(
      ({ person, entry }) =>
        person.workspaceName === 'Northwind Studio' &&
        wallClock(Date.parse(entry.timeInterval.start) - 60_000, person.timeZone).dayKey === wallClock(entry.timeInterval.start, person.timeZone).dayKey,
    );
    test.skip(!found, 'no running timer with room before its start on the same day');
    const { person, entry } = found!;
    await connectAs(page, ownerIn(sandbox, person.workspaceId));
    await page.goto(`/w/${person.workspaceId}/u/${person.userId}`);
    const card = page.getByRole('region', { name: 'Running timer' });
    await card.getByRole('button', { name: 'Stop timer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await sandbox.resetStats();
    await pickDateTime(page, dialog.getByRole('button', { name: 'End time' }), wallClock(Date.parse(entry.timeInterval.start) - 60_000, person.timeZone));
    await expect(dialog.getByText('The end must be after the timer started.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(dialog).toBeVisible();
    expect((await sandbox.stats()).byRoute['PATCH /v1/workspaces/:workspaceId/user/:userId/time-entries'] ?? 0).toBe(0);
    expect((await sandbox.running(person))?.timeInterval.end).toBeNull();
  });
});

