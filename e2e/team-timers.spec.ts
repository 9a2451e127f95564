import { connectAs, expect, test, type WireEntry } from './fixtures';
import { entryById } from './helpers/api';
import { expectEscapeReturnsFocus } from './helpers/keyboard';
import { wallClock, wire } from './helpers/time';

interface Member {
  id: string;
  name: string;
  settings: { timeZone: string };
}

test.describe('team timers', () => {
  test('lists every running timer of the workspace with live elapsed time; stopping one works', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    const wid = owner.workspaceId;
    const running = await sandbox.get<WireEntry[]>(owner.apiKey, `/v1/workspaces/${wid}/time-entries/status/in-progress?page-size=1000`);
    expect(running.status).toBe(200);
    expect(running.body.length).toBeGreaterThan(1);
    const members = await sandbox.get<Member[]>(owner.apiKey, `/v1/workspaces/${wid}/users?page-size=500`);
    const memberOf = (id: string) => members.body.find((m) => m.id === id)!;

    await connectAs(page, owner);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team timers' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${wid}/running$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Running timers' });
    const rows = table.getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(running.body.length);
    for (const e of running.body) {
      const m = memberOf(e.userId);
      const row = rows.filter({ hasText: m.name });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(e.description || '(no description)');
      await expect(row).toContainText(m.settings.timeZone);
      await expect(row.getByRole('button', { name: `Stop timer of ${m.name}` })).toBeVisible();
      // Elapsed time is live: it is at least what the API implies, and it ticks.
      const elapsed = row.getByText(/^\d+:\d{2}:\d{2}$/);
      const shown = (await elapsed.textContent())!;
      const [h, mi, s] = shown.split(':').map(Number);
      const apiSeconds = (Date.now() - Date.parse(e.timeInterval.start)) / 1000;
      expect(Math.abs(h * 3600 + mi * 60 + s - apiSeconds)).toBeLessThan(60);
      await expect(elapsed).not.toHaveText(shown);
    }

    // Stop another member's timer (the one that has run longest) at start + 8 h.
    const target = [...running.body].filter((e) => e.userId !== owner.userId).sort((a, b) => Date.parse(a.timeInterval.start) - Date.parse(b.timeInterval.start))[0];
    const member = memberOf(target.userId);
    const row = rows.filter({ hasText: member.name });
    await row.getByRole('button', { name: `Stop timer of ${member.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await expect(dialog).toContainText(`${member.name}’s timer`);
    await expect(dialog.getByText(`Wall-clock time in the member’s zone, ${member.settings.timeZone}`)).toBeVisible();
    const end = Date.parse(target.timeInterval.start) + 8 * 3600_000;
    const startPlus8 = dialog.getByRole('button', { name: 'Start + 8 h' });
    if (end < Date.now()) {
      await startPlus8.click();
    } else {
      await dialog.getByRole('button', { name: 'Now' }).click();
    }
    const sent = await dialog.getByText(/^\{"end":"[^"]+"\}$/).textContent();
    const wireEnd = JSON.parse(sent!).end as string;
    if (end < Date.now()) expect(wireEnd).toBe(wire(end));
    await dialog.getByRole('button', { name: 'Stop timer' }).click();

    const at = wallClock(wireEnd, member.settings.timeZone);
    const hms = [at.hour, at.minute, at.second].map((n) => String(n).padStart(2, '0')).join(':');
    await expect(page.getByRole('status').filter({ hasText: 'Timer stopped' })).toContainText(`${member.name}’s timer stopped at ${hms}`);
    await expect(rows).toHaveCount(running.body.length - 1);
    await expect(rows.filter({ hasText: member.name })).toHaveCount(0);

    const stored = await entryById(sandbox, wid, target.id);
    expect(stored.timeInterval.end).toBe(wireEnd);
    expect(await sandbox.running({ workspaceId: wid, userId: target.userId })).toBeNull();
  });
});

test.describe('team timers as an inbox', () => {
  test('sorts by member and by start; names link to the member’s entries', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    const wid = owner.workspaceId;
    const running = (await sandbox.get<WireEntry[]>(owner.apiKey, `/v1/workspaces/${wid}/time-entries/status/in-progress?page-size=1000`)).body;
    const members = (await sandbox.get<Member[]>(owner.apiKey, `/v1/workspaces/${wid}/users?page-size=500`)).body;
    const nameOf = (id: string) => members.find((m) => m.id === id)!.name;
    await connectAs(page, owner);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team timers' }).click();
    const rows = page.getByRole('table', { name: 'Running timers' }).getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(running.length);

    const expectOrder = async (ids: string[]) => {
      for (const [i, id] of ids.entries()) await expect(rows.nth(i).getByRole('link')).toHaveText(nameOf(id));
    };
    const byStart = [...running].sort((a, b) => Date.parse(a.timeInterval.start) - Date.parse(b.timeInterval.start)).map((e) => e.userId);
    await expectOrder(byStart);
    const sortBy = async (label: string) => {
      await page.getByRole('combobox', { name: 'Sort by' }).click();
      await page.getByRole('option', { name: label }).click();
    };
    await sortBy('Member, A–Z');
    await expectOrder(running.map((e) => e.userId).sort((a, b) => nameOf(a).localeCompare(nameOf(b))));
    await sortBy('Start, newest first');
    await expectOrder([...byStart].reverse());

    const first = [...byStart].reverse()[0];
    await rows.first().getByRole('link', { name: nameOf(first) }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${wid}/u/${first}`));
    await expect(page.getByRole('heading', { level: 1, name: `${nameOf(first)}’s time entries` })).toBeVisible();
  });

  test('opening a Team timers link asks once for each thing its first screen shows', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    const wid = owner.workspaceId;
    const running = (await sandbox.get<WireEntry[]>(owner.apiKey, `/v1/workspaces/${wid}/time-entries/status/in-progress?page-size=1000`)).body;
    const projects = (await sandbox.get<{ id: string; name: string }[]>(owner.apiKey, `/v1/workspaces/${wid}/projects?page-size=500`)).body;
    const withProject = running.find((e) => e.projectId && projects.some((p) => p.id === e.projectId));
    expect(withProject, 'the seed has a running timer on a project').toBeTruthy();
    await connectAs(page, owner);
    // A fresh document on the same tab (the connection stays in its session storage).
    await page.goto('about:blank');
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/')) asked.push(url.pathname.slice('/api'.length) + url.search);
    });
    await page.goto(`/w/${wid}/running`);
    const rows = page.getByRole('table', { name: 'Running timers' }).getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(running.length);
    const members = (await sandbox.get<Member[]>(owner.apiKey, `/v1/workspaces/${wid}/users?page-size=500`)).body;
    const row = rows.filter({ hasText: members.find((m) => m.id === withProject!.userId)!.name });
    await expect(row).toContainText(projects.find((p) => p.id === withProject!.projectId)!.name);
    // The early entry asked for these with the page's code, before the app ran; the app took
    // them, prefetched them into its cache before its first render, and read them from there.
    const count = (pattern: RegExp) => asked.filter((u) => pattern.test(u)).length;
    const ws = `/v1/workspaces/${wid}`;
    expect(count(/^\/v1\/user$/), asked.join('\n')).toBe(1);
    expect(count(/^\/v1\/workspaces$/), asked.join('\n')).toBe(1);
    for (const list of ['users', 'time-entries/status/in-progress', 'projects', 'tags', 'clients']) {
      expect(count(new RegExp(`^${ws}/${list}\\?`)), `${list}:\n${asked.join('\n')}`).toBe(1);
    }
  });

  test('a key that cannot see other people’s timers says what it can see', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.email === 'haruto@northwind.example' && p.workspaceName === 'Northwind Studio', 'Haruto');
    await page.goto('/connect');
    await page.getByRole('button', { name: `Connect as ${member.name} (${member.workspaceName})`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/’s time entries$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team timers' }).click();
    await expect(page.getByText('sees only its own running timer, not other people’s')).toBeVisible();
    const rows = page.getByRole('table', { name: 'Running timers' }).getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(member.name);
    await expect(page.getByText('No timers are running.')).toHaveCount(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

    test('each timer is a card with its Stop button on screen, and the page does not scroll sideways', async ({ page, sandbox }) => {
      const owner = sandbox.owner;
      const running = (await sandbox.get<WireEntry[]>(owner.apiKey, `/v1/workspaces/${owner.workspaceId}/time-entries/status/in-progress?page-size=1000`)).body;
      await connectAs(page, owner);
      await page.goto(`/w/${owner.workspaceId}/running`);
      const cards = page.getByRole('list', { name: 'Running timers' }).getByRole('listitem');
      await expect(cards).toHaveCount(running.length);
      for (const card of await cards.all()) {
        const stop = card.getByRole('button', { name: /^Stop timer of / });
        await stop.scrollIntoViewIfNeeded();
        const box = (await stop.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(box.height).toBeGreaterThanOrEqual(36);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });

  test('a stop dialog hands focus back to its row’s Stop button, and a stop to the list of timers', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    await connectAs(page, owner);
    await page.goto(`/w/${owner.workspaceId}/running`);
    const table = page.getByRole('table', { name: 'Running timers' });
    const stop = table.getByRole('button', { name: /^Stop timer of / }).first();
    const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await expectEscapeReturnsFocus(page, stop, dialog);

    const name = (await stop.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Now' }).click();
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(table.getByRole('button', { name, exact: true })).toHaveCount(0);
    // The row's button went with its timer: focus is on the list that holds the table.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement;
          return !!focused && focused !== document.body && !!focused.querySelector('[aria-label="Running timers"]');
        }),
      )
      .toBe(true);
  });

  test('the flag threshold applies what is typed in range, and says so when a value is out of range', async ({ page, sandbox }) => {
    await connectAs(page, sandbox.owner);
    await page.goto(`/w/${sandbox.owner.workspaceId}/running`);
    const field = page.getByRole('textbox', { name: 'Flag timers over (hours)' });
    await expect(field).toHaveValue('8');
    await field.fill('12');
    await expect(page.getByRole('checkbox', { name: 'Only over 12 h' })).toBeVisible();
    await field.fill('1000');
    await expect(field).toHaveAccessibleDescription('Between 0.5 and 240 hours; flags use 12 h');
    await expect(page.getByRole('checkbox', { name: 'Only over 12 h' })).toBeVisible();
    await field.fill('0');
    await expect(field).toHaveAccessibleDescription('Between 0.5 and 240 hours; flags use 12 h');
    await field.fill('1.5');
    await expect(page.getByRole('checkbox', { name: 'Only over 1.5 h' })).toBeVisible();
    await expect(field).toHaveAccessibleDescription('');
  });
});
