import type { Browser, Page } from '@playwright/test';
import { expect, resetSandbox, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { dayHeading, dayKeyIn, fieldDate, hMm, wallClock } from './helpers/time';
import { daysAgo } from './helpers/entries';

/** The range bar's preset buttons (an empty range offers wider ranges too, under similar names). */
const presets = (page: Page) => page.getByRole('group', { name: 'Date range presets' });

// Tall enough that a week of entries is rendered by the virtualized list without scrolling.
test.use({ viewport: { width: 1400, height: 2000 } });

interface DayGroup {
  day: string;
  count: number;
  seconds: number;
}

/** What the list should show for `from`..`to`, computed from the API's entries on the member's calendar. */
function expectedRange(entries: WireEntry[], timeZone: string, from: string, to: string) {
  const byDay = new Map<string, DayGroup>();
  const inRange: WireEntry[] = [];
  for (const e of entries) {
    const day = dayKeyIn(e.timeInterval.start, timeZone);
    if (day < from || day > to) continue;
    inRange.push(e);
    const g = byDay.get(day) ?? { day, count: 0, seconds: 0 };
    g.count += 1;
    if (e.timeInterval.end) g.seconds += (Date.parse(e.timeInterval.end) - Date.parse(e.timeInterval.start)) / 1000;
    byDay.set(day, g);
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? 1 : -1));
  return { entries: inRange, days, count: inRange.length, seconds: days.reduce((s, d) => s + d.seconds, 0) };
}

function summaryText(count: number, seconds: number) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'} · total ${hMm(seconds)}`;
}

const entriesList = (page: Page) => page.getByRole('list', { name: 'Time entries' });

function rangeFromUrl(page: Page) {
  const url = new URL(page.url());
  return { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! };
}

/** The API's own answer for a window (wall clock in the member's zone, as Clockify reads it). */
async function apiWindow(sandbox: SandboxApi, person: DemoPerson, from: string, to: string, extra = '') {
  return sandbox.entries(person, sandbox.owner.apiKey, `&start=${from}T00:00:00Z&end=${to}T23:59:59Z${extra}`);
}

async function openAsOwner(page: Page, sandbox: SandboxApi, member: DemoPerson, query = '') {
  await page.goto('/connect');
  await page.getByRole('button', { name: `Connect as ${sandbox.owner.name} (${sandbox.owner.workspaceName})`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${sandbox.owner.name}’s time entries` })).toBeVisible();
  await page.goto(`/w/${member.workspaceId}/u/${member.userId}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
}

async function expectDayGroups(page: Page, days: DayGroup[]) {
  const list = entriesList(page);
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(days.map((d) => dayHeading(d.day)));
  for (const d of days) {
    const header = list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: dayHeading(d.day), exact: true }) });
    await expect(header).toContainText(`${d.count} ${d.count === 1 ? 'entry' : 'entries'} · ${hMm(d.seconds)}`);
  }
}

const member = (sandbox: SandboxApi, email: string) => sandbox.person((p) => p.email === email && p.workspaceName === 'Northwind Studio', email);

test.describe('browsing a member’s entries', () => {
  test('the URL carries workspace, member and range; a shared link shows the same range', async ({ page, sandbox, browser, baseURL }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    await openAsOwner(page, sandbox, lukas);

    await presets(page).getByRole('button', { name: 'Last week' }).click();
    await expect(presets(page).getByRole('button', { name: 'Last week' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`/w/${lukas.workspaceId}/u/${lukas.userId}\\?.*from=\\d{4}-\\d{2}-\\d{2}.*to=\\d{4}-\\d{2}-\\d{2}`));
    const { from, to } = rangeFromUrl(page);
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(fieldDate(from));
    await expect(page.getByRole('textbox', { name: 'To' })).toHaveValue(fieldDate(to));

    const expected = expectedRange(await sandbox.entries(lukas), lukas.timeZone, from, to);
    expect(expected.count).toBeGreaterThan(0);
    // The app's window and Clockify's wall-clock window agree on which entries are in range.
    expect((await apiWindow(sandbox, lukas, from, to)).map((e) => e.id).sort()).toEqual(expected.entries.map((e) => e.id).sort());
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    await expectDayGroups(page, expected.days);

    // Someone else opens the link in their own browser, connects, and lands on the same view.
    const link = page.url();
    const path = link.slice(baseURL!.length);
    const other = await openFreshContext(browser, baseURL!);
    const theirs = await other.newPage();
    await theirs.goto(link);
    await expect(theirs).toHaveURL(/\/connect\?next=/);
    await theirs.getByRole('button', { name: `Connect as ${sandbox.owner.name} (${sandbox.owner.workspaceName})`, exact: true }).click();
    await expect(theirs.getByRole('heading', { level: 1, name: `${lukas.name}’s time entries` })).toBeVisible();
    expect(theirs.url().slice(baseURL!.length)).toBe(path);
    await expect(theirs.getByRole('textbox', { name: 'From' })).toHaveValue(fieldDate(from));
    await expect(theirs.getByRole('textbox', { name: 'To' })).toHaveValue(fieldDate(to));
    await expect(theirs.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    await expectDayGroups(theirs, expected.days);
    await other.close();
  });

  test('opening an entries link asks once for each thing its first screen shows', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    await openAsOwner(page, sandbox, lukas);
    const [from, to] = ['2000-01-01', '2099-12-31'];
    const expected = expectedRange(await sandbox.entries(lukas), lukas.timeZone, from, to);
    // A fresh document on the same tab (the connection stays in its session storage).
    await page.goto('about:blank');
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/')) asked.push(url.pathname.slice('/api'.length) + url.search);
    });
    await page.goto(`/w/${lukas.workspaceId}/u/${lukas.userId}?from=${from}&to=${to}`);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    await expect(entriesList(page).getByRole('heading', { level: 3 }).first()).toHaveText(dayHeading(expected.days[0].day));
    // The early entry asked for these before the app ran; the app took them, prefetched them
    // into its cache before its first render, and the page read them from there: once each.
    const count = (pattern: RegExp) => asked.filter((u) => pattern.test(u)).length;
    expect(count(/^\/v1\/user$/), asked.join('\n')).toBe(1);
    expect(count(/^\/v1\/workspaces$/), asked.join('\n')).toBe(1);
    expect(count(new RegExp(`^/v1/workspaces/${lukas.workspaceId}/users\\?`)), asked.join('\n')).toBe(1);
    expect(count(new RegExp(`^/v1/workspaces/${lukas.workspaceId}/user/${lukas.userId}/time-entries\\?.*&page=1&page-size=1000$`)), asked.join('\n')).toBe(1);
  });

  test('opening an entries link without a range shows this week, asking once for its first page', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    await openAsOwner(page, sandbox, lukas);
    await page.goto('about:blank');
    const lists: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith(`/user/${lukas.userId}/time-entries`) && url.searchParams.get('page-size') === '1000') lists.push(url);
    });
    await page.goto(`/w/${lukas.workspaceId}/u/${lukas.userId}`);
    await expect(presets(page).getByRole('button', { name: 'This week' })).toHaveAttribute('aria-pressed', 'true');
    // The week asked for (the first screen's prefetch, once Lukas's record said his zone) is the one shown.
    await expect.poll(() => lists.length).toBe(1);
    const [from, to] = [lists[0].searchParams.get('start')!.slice(0, 10), lists[0].searchParams.get('end')!.slice(0, 10)];
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(fieldDate(from));
    await expect(page.getByRole('textbox', { name: 'To' })).toHaveValue(fieldDate(to));
    const expected = expectedRange(await sandbox.entries(lukas), lukas.timeZone, from, to);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    expect(lists.map((u) => u.searchParams.get('page'))).toEqual(['1']);
  });

  test('entries without a description say “(no description)”', async ({ page, sandbox }) => {
    const sofia = member(sandbox, 'sofia@northwind.example');
    const all = await sandbox.entries(sofia);
    const empty = all.find((e) => e.description === '' && e.timeInterval.end);
    expect(empty, 'the seed has entries without a description').toBeTruthy();
    const day = dayKeyIn(empty!.timeInterval.start, sofia.timeZone);
    const expected = expectedRange(all, sofia.timeZone, day, day);
    const emptyCount = expected.entries.filter((e) => e.description === '').length;

    await openAsOwner(page, sandbox, sofia, `?from=${day}&to=${day}`);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    const list = entriesList(page);
    await expect(list.getByText('(no description)', { exact: true })).toHaveCount(emptyCount);
    for (const e of expected.entries.filter((x) => x.description !== '')) {
      await expect(list.getByText(e.description, { exact: true }).first()).toBeVisible();
    }
  });

  test('the member picker switches member and keeps the range', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    const priya = member(sandbox, 'priya@northwind.example');
    await openAsOwner(page, sandbox, lukas);
    await presets(page).getByRole('button', { name: 'Last week' }).click();
    await expect(page).toHaveURL(/from=/);
    const { from, to } = rangeFromUrl(page);

    await page.getByRole('combobox', { name: 'Team member' }).click();
    await page.getByRole('option', { name: new RegExp(`^${priya.name} — `) }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${priya.name}’s time entries` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/w/${priya.workspaceId}/u/${priya.userId}\\?`));
    await expect(page.getByText(`Days and times in ${priya.timeZone}`)).toBeVisible();
    // The range is kept as dates; what they contain is now read on Priya's calendar.
    expect(rangeFromUrl(page)).toEqual({ from, to });
    const expected = expectedRange(await sandbox.entries(priya), priya.timeZone, from, to);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    await expectDayGroups(page, expected.days);
  });

  test('a long range shows every entry, across several pages', async ({ page, request, sandbox }) => {
    // Heavy member: well over one page (the app asks for 1000 a page) in the last 30 days.
    const heavy = member(sandbox, 'lukas@northwind.example');
    const api = await resetSandbox(request, { heavyUser: { email: heavy.email, entries: 4000 } });

    await openAsOwner(page, api, heavy);
    await api.resetStats();
    await presets(page).getByRole('button', { name: 'Last 30 days' }).click();
    await expect(presets(page).getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
    const { from, to } = rangeFromUrl(page);

    const expected = expectedRange(await api.entries(heavy), heavy.timeZone, from, to);
    const fromApi = await apiWindow(api, heavy, from, to);
    expect(fromApi.length).toBe(expected.count);
    expect(expected.count).toBeGreaterThan(1000);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/^Loading \d/)).toHaveCount(0);
    const stats = await api.stats();
    expect(stats.byRoute['GET /v1/workspaces/:workspaceId/user/:userId/time-entries']).toBeGreaterThanOrEqual(2);
  });

  test('thousands of entries: the page scrolls once, the DOM stays small, no zero count while loading', async ({ page, request, sandbox }) => {
    const heavy = member(sandbox, 'lukas@northwind.example');
    const api = await resetSandbox(request, { heavyUser: { email: heavy.email, entries: 4000 } });
    // Record every text the summary line and the page show while the range streams in.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      let last = '';
      new MutationObserver(() => {
        const summary = document.querySelector('[data-testid="range-summary"]')?.textContent ?? '';
        const empty = document.body.innerText.includes('No entries') ? ' + No entries alert' : '';
        if (summary + empty !== last) w.__seen.push((last = summary + empty));
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openAsOwner(page, api, heavy);
    // From here on only the new range counts (this week may really be empty).
    await page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen = []));
    await presets(page).getByRole('button', { name: 'Last 30 days' }).click();
    const { from, to } = rangeFromUrl(page);
    const expected = expectedRange(await api.entries(heavy), heavy.timeZone, from, to);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible({ timeout: 20_000 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // Before the click the old (empty) week may still show; from "Loading" on, only the new range.
    const start = seen.indexOf('Loading entries…');
    expect(start, `summary texts seen: ${seen.join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(seen.slice(start).filter((t) => /^0 entries|No entries/.test(t)), `summary texts seen: ${seen.join(' | ')}`).toEqual([]);

    const list = entriesList(page);
    const box = await list.evaluate((el) => ({ own: el.scrollHeight - el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(box.own, 'the list has no scrollbar of its own').toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(expected.count * 40);
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(150);

    // Half-way down the page: still few rows, and the day of the top row is pinned under the header.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(list.getByRole('listitem').first()).toBeVisible();
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(150);
    const pinned = list.getByRole('heading', { level: 3 }).first();
    await expect(async () => {
      const top = (await pinned.boundingBox())!.y;
      const header = (await page.getByRole('banner').boundingBox())!;
      expect(top).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(top).toBeLessThan(header.y + header.height + 44);
    }).toPass();
    // The last day is reachable by scrolling the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(list.getByRole('heading', { level: 3, name: dayHeading(expected.days[expected.days.length - 1].day), exact: true })).toBeVisible();
  });

  test('one entry makes a short list, not a tall empty panel', async ({ page, sandbox }) => {
    const sofia = member(sandbox, 'sofia@northwind.example');
    const one = (await sandbox.entries(sofia)).find((e) => e.timeInterval.end)!;
    const day = dayKeyIn(one.timeInterval.start, sofia.timeZone);
    const expected = expectedRange(await sandbox.entries(sofia), sofia.timeZone, day, day);
    await openAsOwner(page, sandbox, sofia, `?from=${day}&to=${day}`);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    const height = (await entriesList(page).boundingBox())!.height;
    // A day header and its rows: at most ~60 px a row, no fixed-height box.
    expect(height).toBeLessThan(44 + expected.count * 60 + 10);
  });

  test('an empty range says so in the browser’s date style and offers wider ranges in one click', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    const from = '2031-03-03';
    const to = '2031-03-09';
    await openAsOwner(page, sandbox, lukas, `?from=${from}&to=${to}`);
    const empty = page.getByRole('alert').or(page.locator('[role="alert"], .mantine-Alert-root')).filter({ hasText: 'No entries' });
    await expect(empty).toContainText(`between ${fieldDate(from)} and ${fieldDate(to)}`);
    await page.getByRole('button', { name: 'See the past 30 days' }).click();
    await expect(presets(page).getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
    const r = rangeFromUrl(page);
    const expected = expectedRange(await sandbox.entries(lukas), lukas.timeZone, r.from, r.to);
    expect(expected.count).toBeGreaterThan(0);
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
  });

  test('a range empty only because of the filters offers to clear them, and no narrower range', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    const from = daysAgo(60, lukas.timeZone);
    const to = daysAgo(0, lukas.timeZone);
    const expected = expectedRange(await sandbox.entries(lukas), lukas.timeZone, from, to);
    expect(expected.count).toBeGreaterThan(0);
    await openAsOwner(page, sandbox, lukas, `?from=${from}&to=${to}&q=no-such-entry-zz`);
    const empty = page.getByRole('alert').or(page.locator('[role="alert"], .mantine-Alert-root')).filter({ hasText: 'No entries' });
    await expect(empty).toContainText(`no time entries matching these filters between ${fieldDate(from)} and ${fieldDate(to)}.`);
    // The previous week and the past 30 days lie inside these 60 days: not offered.
    await expect(empty.getByRole('button')).toHaveText(['Clear filters']);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(summaryText(expected.count, expected.seconds), { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Search description' })).toHaveValue('');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  });

  test('a link whose range is not two real days says so, shows this week, and asks Clockify nothing it would refuse', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/time-entries') && r.status() === 400) refused.push(r.url());
    });
    await openAsOwner(page, sandbox, lukas, '?from=2026-02-30&to=2026-03-01');
    const notice = page.getByRole('alert').filter({ hasText: 'The link’s range could not be read' });
    await expect(notice).toContainText('“2026-02-30” to “2026-03-01”');
    await expect(presets(page).getByRole('button', { name: 'This week' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('selection-summary').or(page.getByText('No entries', { exact: true })).first()).toBeVisible();
    await presets(page).getByRole('button', { name: 'Last week' }).click();
    await expect(notice).toHaveCount(0);
    expect(refused).toEqual([]);
  });

  test('a link to a workspace the key is not in says so and offers the key’s own workspaces', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    await openAsOwner(page, sandbox, owner);
    await page.goto(`/w/${'0'.repeat(24)}/u/${owner.userId}`);
    const alert = page.getByRole('alert').filter({ hasText: 'No such workspace for this key' });
    await expect(alert).toBeVisible();
    await expect(page.getByText('Not allowed for this key')).toHaveCount(0);
    await alert.getByRole('button', { name: owner.workspaceName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${owner.name}’s time entries` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/w/${owner.workspaceId}/u/${owner.userId}`));
  });

  test('From after To: the field says why and Apply range stays disabled', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    await openAsOwner(page, sandbox, lukas, '?from=2026-11-02&to=2026-11-08');
    const fromField = page.getByRole('textbox', { name: 'From' });
    await fromField.fill(fieldDate('2026-11-20'));
    await expect(page.getByText('The start must be on or before the end.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply range' })).toBeDisabled();
    await fromField.fill(fieldDate('2026-11-01'));
    await expect(page.getByRole('button', { name: 'Apply range' })).toBeEnabled();
    await page.getByRole('button', { name: 'Apply range' }).click();
    await expect(page).toHaveURL(/from=2026-11-01&to=2026-11-08/);
  });

  test('project filter and description search narrow the list like the API does', async ({ page, sandbox }) => {
    const zoe = member(sandbox, 'zoe@northwind.example');
    await openAsOwner(page, sandbox, zoe);
    await presets(page).getByRole('button', { name: 'Last 30 days' }).click();
    await expect(presets(page).getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
    const { from, to } = rangeFromUrl(page);
    const all = await apiWindow(sandbox, zoe, from, to);
    await expect(page.getByText(summaryText(all.length, expectedRange(all, zoe.timeZone, from, to).seconds), { exact: true })).toBeVisible();

    // The project with most of Zoë's entries in range, by the API.
    const counts = new Map<string, number>();
    for (const e of all) if (e.projectId) counts.set(e.projectId, (counts.get(e.projectId) ?? 0) + 1);
    const [projectId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const projects = await sandbox.get<Array<{ id: string; name: string; archived: boolean }>>(
      sandbox.owner.apiKey,
      `/v1/workspaces/${zoe.workspaceId}/projects?page-size=500`,
    );
    const project = projects.body.find((p) => p.id === projectId)!;

    await page.getByRole('combobox', { name: 'Project' }).click();
    await page.getByRole('option', { name: project.archived ? `${project.name} (archived)` : project.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`project=${projectId}`));
    const byProject = await apiWindow(sandbox, zoe, from, to, `&project=${projectId}`);
    expect(byProject.length).toBeGreaterThan(0);
    expect(byProject.length).toBeLessThan(all.length);
    const p = expectedRange(byProject, zoe.timeZone, from, to);
    await expect(page.getByText(summaryText(p.count, p.seconds), { exact: true })).toBeVisible();
    await expectVisibleRowsBelongTo(page, project.name);

    // A word that occurs in some of those descriptions (the API decides which).
    const word = pickSearchWord(byProject);
    await page.getByRole('textbox', { name: 'Search description' }).fill(word);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
    const both = await apiWindow(sandbox, zoe, from, to, `&project=${projectId}&description=${encodeURIComponent(word)}`);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(byProject.length);
    const b = expectedRange(both, zoe.timeZone, from, to);
    await expect(page.getByText(summaryText(b.count, b.seconds), { exact: true })).toBeVisible();
    const descriptions = entriesList(page).getByText(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
    await expect(descriptions.first()).toBeVisible();
  });
});

test.describe('time zones', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('day headers follow the member’s zone, not the browser’s', async ({ page, sandbox }) => {
    const haruto = member(sandbox, 'haruto@northwind.example');
    expect(haruto.timeZone).toBe('Asia/Tokyo');
    await openAsOwner(page, sandbox, haruto);
    await expect(page.getByText('Days and times in Asia/Tokyo')).toBeVisible();
    await presets(page).getByRole('button', { name: 'Last week' }).click();
    await expect(presets(page).getByRole('button', { name: 'Last week' })).toHaveAttribute('aria-pressed', 'true');
    const { from, to } = rangeFromUrl(page);

    const all = await sandbox.entries(haruto);
    const tokyo = expectedRange(all, 'Asia/Tokyo', from, to);
    const la = expectedRange(all, 'America/Los_Angeles', from, to);
    expect(tokyo.days.map((d) => d.day), 'the two calendars group these entries differently').not.toEqual(la.days.map((d) => d.day));

    await expect(page.getByText(summaryText(tokyo.count, tokyo.seconds), { exact: true })).toBeVisible();
    await expectDayGroups(page, tokyo.days);

    // Times of day are Tokyo's wall clock too.
    const newest = tokyo.entries.find((e) => e.timeInterval.end)!;
    const s = wallClock(newest.timeInterval.start, 'Asia/Tokyo');
    const e = wallClock(newest.timeInterval.end!, 'Asia/Tokyo');
    const pad = (n: number) => String(n).padStart(2, '0');
    await expect(entriesList(page).getByText(`${pad(s.hour)}:${pad(s.minute)} – ${pad(e.hour)}:${pad(e.minute)}`).first()).toBeVisible();
  });
});

async function openFreshContext(browser: Browser, baseURL: string) {
  return browser.newContext({ baseURL, viewport: { width: 1400, height: 2000 } });
}

/** Every rendered entry row names the project. */
async function expectVisibleRowsBelongTo(page: Page, projectName: string) {
  const rows = entriesList(page).getByRole('listitem').filter({ hasNot: page.getByRole('heading', { level: 3 }) });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(projectName);
}

/** A word from the descriptions that matches some but not all of them. */
function pickSearchWord(entries: WireEntry[]): string {
  const words = new Map<string, number>();
  for (const e of entries) {
    for (const w of new Set(e.description.toLowerCase().split(/[^\p{L}\p{N}]+/u))) if (w.length >= 4) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const candidates = [...words.entries()].filter(([, n]) => n > 0 && n < entries.length).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!candidates.length) throw new Error('no description word to search for');
  return candidates[0][0];
}

test.describe('names of projects and tags', () => {
  test('a failing tag list is said once with a retry; project names stay; the retry brings the tags', async ({ page, sandbox }) => {
    const lukas = member(sandbox, 'lukas@northwind.example');
    const from = '2026-01-01';
    const to = dayKeyIn(Date.now(), lukas.timeZone);
    const tagged = (await apiWindow(sandbox, lukas, from, to)).filter((e) => e.tagIds?.length && e.projectId);
    expect(tagged.length, 'the seed has tagged entries with a project').toBeGreaterThan(0);
    const sample = tagged[0];
    const day = dayKeyIn(sample.timeInterval.start, lukas.timeZone);
    const tags = (await sandbox.get<Array<{ id: string; name: string }>>(sandbox.owner.apiKey, `/v1/workspaces/${lukas.workspaceId}/tags?page-size=500`)).body;
    const projects = (await sandbox.get<Array<{ id: string; name: string }>>(sandbox.owner.apiKey, `/v1/workspaces/${lukas.workspaceId}/projects?page-size=500`)).body;
    const tagName = tags.find((t) => t.id === sample.tagIds![0])!.name;
    const projectName = projects.find((p) => p.id === sample.projectId)!.name;

    await openAsOwner(page, sandbox, lukas);
    // Every tag request fails from now on (retries included); a reload starts a fresh cache.
    await sandbox.faults({ failNext: { status: 500, times: 50, method: 'GET', pathIncludes: '/tags' } });
    await page.goto(`/w/${lukas.workspaceId}/u/${lukas.userId}?from=${day}&to=${day}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the tag names' });
    await expect(alert).toHaveCount(1, { timeout: 30_000 });
    const list = entriesList(page);
    await expect(list.getByText(projectName, { exact: true }).first()).toBeVisible();
    await expect(list.getByText(/Unknown (tag|project|task)/)).toHaveCount(0);
    await expect(list.getByText(tagName, { exact: true })).toHaveCount(0);

    await sandbox.clearFaults();
    await alert.getByRole('button', { name: 'Retry loading names' }).click();
    await expect(alert).toHaveCount(0);
    await expect(list.getByText(tagName, { exact: true }).first()).toBeVisible();
  });
});
