/**
 * Team timers as an inbox: stop many forgotten timers at once, each end worked out in its
 * member's zone, and the activity log that records it. Judged through the sandbox API.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { entryById, ownerIn, stopTimerViaApi } from './helpers/api';
import { wallClock, wire } from './helpers/time';

const EIGHT_HOURS = 8 * 3600_000;
const MAIN = 'Northwind Studio';

/** A seeded member of the main workspace and their running timer, through the API. */
async function timerOf(sandbox: SandboxApi, email: string): Promise<{ person: DemoPerson; entry: WireEntry }> {
  const person = sandbox.person((p) => p.email === email && p.workspaceName === MAIN, email);
  const entry = await sandbox.running(person);
  if (!entry) throw new Error(`${person.name} has no running timer in the seed`);
  return { person, entry };
}

async function openTeamTimers(page: Page, as: DemoPerson) {
  await connectAs(page, as);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team timers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Running timers' })).toBeVisible();
}

async function selectAndOpen(page: Page, people: DemoPerson[]) {
  for (const p of people) await page.getByRole('checkbox', { name: `Select timer of ${p.name}` }).check();
  await page.getByRole('button', { name: 'Stop selected' }).click();
  const dialog = page.getByRole('dialog', { name: `Stop ${people.length} ${people.length === 1 ? 'timer' : 'timers'}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

const marcus = 'marcus@northwind.example';
const siobhan = 'siobhan@northwind.example';
const sofia = 'sofia@northwind.example';

test.describe('stop many timers at once', () => {
  test('flags and sorts the forgotten ones; "Start + hours" 8 ends each exactly 8 h after its start', async ({ page, sandbox }) => {
    const a = await timerOf(sandbox, marcus);
    const b = await timerOf(sandbox, siobhan);
    const fresh = await timerOf(sandbox, 'haruto@northwind.example');
    await openTeamTimers(page, ownerIn(sandbox, a.person.workspaceId));

    const rows = page.getByRole('table', { name: 'Running timers' }).getByRole('rowgroup').last().getByRole('row');
    // Longest running first; the fresh 40-minute timer is not flagged and is hidden by the filter.
    const starts = (await sandbox.get<WireEntry[]>(sandbox.owner.apiKey, `/v1/workspaces/${a.person.workspaceId}/time-entries/status/in-progress`)).body
      .sort((x, y) => Date.parse(x.timeInterval.start) - Date.parse(y.timeInterval.start));
    await expect(rows).toHaveCount(starts.length);
    const nameOf = (userId: string) => sandbox.person((p) => p.userId === userId && p.workspaceName === MAIN, userId).name;
    for (const [i, e] of starts.entries()) await expect(rows.nth(i)).toContainText(nameOf(e.userId));
    await expect(rows.filter({ hasText: b.person.name }).getByText('Over 8 h')).toBeVisible();
    await expect(rows.filter({ hasText: fresh.person.name }).getByText('Over 8 h')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Only over 8 h' }).check();
    await expect(rows.filter({ hasText: fresh.person.name })).toHaveCount(0);
    await expect(rows.filter({ hasText: a.person.name })).toHaveCount(1);
    await expect(rows.filter({ hasText: a.person.name }).getByRole('link', { name: a.person.name })).toHaveAttribute(
      'href',
      `/w/${a.person.workspaceId}/u/${a.person.userId}`,
    );

    const dialog = await selectAndOpen(page, [a.person, b.person]);
    await expect(dialog.getByRole('radio', { name: 'Start + hours' })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: 'Hours' })).toHaveValue('8');
    const preview = dialog.getByRole('table', { name: 'Preview of the ends' });
    // Every column in view on a desktop, none behind a sideways scroll.
    const last = (await preview.getByRole('columnheader').last().boundingBox())!;
    const box = (await dialog.boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width);
    for (const t of [a, b]) {
      const end = Date.parse(t.entry.timeInterval.start) + EIGHT_HOURS;
      await expect(preview.getByRole('row').filter({ hasText: t.person.name })).toContainText(wire(end));
      await expect(preview.getByRole('row').filter({ hasText: t.person.name })).toContainText('8:00');
    }
    await dialog.getByRole('button', { name: 'Stop 2 timers' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 2 of 2' })).toBeVisible();

    for (const t of [a, b]) {
      const stored = await entryById(sandbox, t.person.workspaceId, t.entry.id);
      expect(stored.timeInterval.end).toBe(wire(Date.parse(t.entry.timeInterval.start) + EIGHT_HOURS));
      const row = dialog.getByRole('table', { name: 'Stop results' }).getByRole('row').filter({ hasText: t.person.name });
      const at = wallClock(stored.timeInterval.end!, t.person.timeZone);
      await expect(row).toContainText(`${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}:${String(at.second).padStart(2, '0')} (${t.person.timeZone})`);
      const mail = row.getByRole('link', { name: 'Let them know' });
      const href = (await mail.getAttribute('href'))!;
      expect(href.startsWith(`mailto:${t.person.email}?subject=`)).toBe(true);
      const body = decodeURIComponent(href.split('&body=')[1]);
      expect(body).toContain(`(${t.person.timeZone})`);
      expect(body).toContain('8:00 long');
      await expect(row.getByRole('button', { name: 'Copy message' })).toBeVisible();
    }
    expect(await sandbox.running(a.person)).toBeNull();
    expect(await sandbox.running(b.person)).toBeNull();
  });

  test('"End of the start day" ends each timer at 23:59:59 on its own start day in its member’s zone', async ({ page, sandbox }) => {
    const timers = [await timerOf(sandbox, siobhan), await timerOf(sandbox, sofia)];
    expect(timers[0].person.timeZone).not.toBe(timers[1].person.timeZone);
    await openTeamTimers(page, ownerIn(sandbox, timers[0].person.workspaceId));
    const dialog = await selectAndOpen(page, timers.map((t) => t.person));
    await dialog.getByRole('radio', { name: 'End of the start day' }).check();
    await dialog.getByRole('button', { name: 'Stop 2 timers' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 2 of 2' })).toBeVisible();

    for (const t of timers) {
      const end = (await entryById(sandbox, t.person.workspaceId, t.entry.id)).timeInterval.end!;
      const local = wallClock(end, t.person.timeZone);
      expect(local.dayKey).toBe(wallClock(t.entry.timeInterval.start, t.person.timeZone).dayKey);
      expect([local.hour, local.minute, local.second]).toEqual([23, 59, 59]);
    }
  });

  test('a timer stopped elsewhere between preview and send is reported "already stopped"; the others are stopped', async ({ page, sandbox, request }) => {
    const timers = [await timerOf(sandbox, marcus), await timerOf(sandbox, siobhan), await timerOf(sandbox, sofia)];
    await openTeamTimers(page, ownerIn(sandbox, timers[0].person.workspaceId));
    const dialog = await selectAndOpen(page, timers.map((t) => t.person));
    await expect(dialog.getByRole('table', { name: 'Preview of the ends' }).getByRole('row')).toHaveCount(4);

    const elsewhere = wire(Date.parse(timers[1].entry.timeInterval.start) + 3600_000);
    await stopTimerViaApi(request, sandbox.owner.apiKey, timers[1].person, elsewhere);
    await dialog.getByRole('button', { name: 'Stop 3 timers' }).click();

    const results = dialog.getByRole('table', { name: 'Stop results' });
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 2 of 3' })).toBeVisible();
    await expect(results.getByRole('row').filter({ hasText: timers[1].person.name })).toContainText('Already stopped');
    expect((await entryById(sandbox, timers[1].person.workspaceId, timers[1].entry.id)).timeInterval.end).toBe(elsewhere);
    for (const t of [timers[0], timers[2]]) {
      expect((await entryById(sandbox, t.person.workspaceId, t.entry.id)).timeInterval.end).toBe(wire(Date.parse(t.entry.timeInterval.start) + EIGHT_HOURS));
    }
  });

  test('a member whose stop fails is reported with the reason, stays selected, and "Retry failed" stops it', async ({ page, sandbox }) => {
    const failing = await timerOf(sandbox, marcus);
    const ok = await timerOf(sandbox, sofia);
    await openTeamTimers(page, ownerIn(sandbox, failing.person.workspaceId));
    const dialog = await selectAndOpen(page, [failing.person, ok.person]);
    // More failures than the retry policy's attempts; cleared only once the report is shown.
    await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH', pathIncludes: failing.person.userId } });
    await dialog.getByRole('button', { name: 'Stop 2 timers' }).click();

    const results = dialog.getByRole('table', { name: 'Stop results' });
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 1 of 2' })).toContainText('1 stopped · 1 failed');
    await expect(results.getByRole('row').filter({ hasText: failing.person.name })).toContainText('Failed: Could not stop the timer: Clockify had a server error (500)');
    await expect(results.getByRole('row').filter({ hasText: ok.person.name })).toContainText('Stopped at');
    expect((await sandbox.running(failing.person))?.id).toBe(failing.entry.id);
    // Behind the dialog, only the failed one stays selected.
    await expect(page.getByRole('checkbox', { name: `Select timer of ${failing.person.name}`, includeHidden: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: `Select timer of ${ok.person.name}`, includeHidden: true })).toHaveCount(0);
    await sandbox.clearFaults();

    await dialog.getByRole('button', { name: 'Retry failed' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 2 of 2' })).toBeVisible();
    expect((await entryById(sandbox, failing.person.workspaceId, failing.entry.id)).timeInterval.end).toBe(
      wire(Date.parse(failing.entry.timeInterval.start) + EIGHT_HOURS),
    );
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(dialog).toBeHidden();
  });

  test('"Cancel" while sending stops what has not been sent; the one on the wire finishes and is reported', async ({ page, sandbox }) => {
    const timers = [await timerOf(sandbox, marcus), await timerOf(sandbox, siobhan), await timerOf(sandbox, sofia)];
    await openTeamTimers(page, ownerIn(sandbox, timers[0].person.workspaceId));
    const dialog = await selectAndOpen(page, timers.map((t) => t.person));
    // Slow answers, so "Cancel" is pressed while the first stop is on the wire.
    await sandbox.faults({ latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'Stop 3 timers' }).click();
    await expect(dialog.getByText('Stopping 1 of 3…')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 1 of 3' })).toContainText('1 stopped · 2 not sent');
    await sandbox.clearFaults();

    const stillRunning = await Promise.all(timers.map(async (t) => (await sandbox.running(t.person))?.id ?? null));
    expect(stillRunning.filter((id) => id === null)).toHaveLength(1);
    const results = dialog.getByRole('table', { name: 'Stop results' });
    for (const [i, t] of timers.entries()) {
      await expect(results.getByRole('row').filter({ hasText: t.person.name })).toContainText(stillRunning[i] ? 'Not sent (cancelled).' : 'Stopped at');
    }
    await expect(dialog.getByRole('button', { name: 'Retry failed' })).toBeVisible();
  });

  test('a timer the rule cannot stop is left out, and the result names it', async ({ page, sandbox }) => {
    const a = await timerOf(sandbox, marcus);
    const fresh = await timerOf(sandbox, 'haruto@northwind.example');
    await openTeamTimers(page, ownerIn(sandbox, a.person.workspaceId));
    const dialog = await selectAndOpen(page, [a.person, fresh.person]);
    // Start + 8 h is still ahead for the timer started 40 minutes ago.
    await dialog.getByRole('button', { name: 'Stop 1 timer' }).click();
    const result = dialog.getByRole('status').filter({ hasText: 'Stopped 1 of 1' });
    await expect(result).toContainText(`Left out, not sent: ${fresh.person.name} (The end would be in the future). That timer still runs.`);
    expect((await sandbox.running(fresh.person))?.id).toBe(fresh.entry.id);
  });

  test('a key bound by the lock date sees the locked timer marked invalid and left out', async ({ page, sandbox }) => {
    const locked = await timerOf(sandbox, sofia);
    const manager = sandbox.person((p) => p.email === 'kwame@northwind.example' && p.workspaceName === MAIN, 'Kwame');
    await openTeamTimers(page, manager);
    await expect(page.getByText('sees the running timers of your team and your own')).toBeVisible();
    const row = page.getByRole('table', { name: 'Running timers' }).getByRole('row').filter({ hasText: locked.person.name });
    await expect(row.getByText('Locked period')).toBeVisible();
    const dialog = await selectAndOpen(page, [locked.person]);
    await expect(dialog.getByRole('table', { name: 'Preview of the ends' })).toContainText('In the locked period');
    await expect(dialog.getByRole('button', { name: 'Stop 0 timers' })).toBeDisabled();
    expect((await sandbox.running(locked.person))?.id).toBe(locked.entry.id);
  });
});

test('the activity log lists each stop and exports it as CSV and JSON', async ({ page, sandbox }) => {
  const a = await timerOf(sandbox, marcus);
  const b = await timerOf(sandbox, siobhan);
  await openTeamTimers(page, ownerIn(sandbox, a.person.workspaceId));
  const dialog = await selectAndOpen(page, [a.person, b.person]);
  await dialog.getByRole('button', { name: 'Stop 2 timers' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Stopped 2 of 2' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await expect(page.getByText('kept in this browser only', { exact: false })).toBeVisible();
  const item = page.getByRole('list', { name: 'Activity log' }).getByRole('listitem', { name: 'Stopped 2 of 2 timers (start + 8 h)' });
  await expect(item).toBeVisible();
  const ends = [a, b].map((t) => wire(Date.parse(t.entry.timeInterval.start) + EIGHT_HOURS));
  await expect(item).toContainText(`${a.person.name}: stopped`);
  await expect(item).toContainText(ends[0]);
  await expect(item).toContainText(`${b.person.name}: stopped`);

  // Filter by member keeps the record (it touched them); another kind hides it.
  await page.getByRole('combobox', { name: 'Member' }).click();
  await page.getByRole('option', { name: b.person.name }).click();
  await expect(item).toBeVisible();
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Restore' }).click();
  await expect(item).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Stop' }).click();
  await page.getByRole('combobox', { name: 'Member' }).click();
  await page.getByRole('option', { name: 'All members' }).click();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('at,kind,by,workspaceId,summary,result,memberId,memberName,entryIds,chosenEnd,outcome,detail');
  for (const [i, t] of [a, b].entries()) {
    const line = lines.find((l) => l.includes(t.entry.id));
    expect(line).toBeDefined();
    expect(line).toContain(`,${t.person.userId},`);
    expect(line).toContain(`,${ends[i]},stopped,`);
  }

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const records = JSON.parse(await readFile((await (await jsonDownload).path())!, 'utf8')) as Array<{ kind: string; items: Array<{ entryIds: string[]; chosenEnd: string; outcome: string }> }>;
  expect(records).toHaveLength(1);
  expect(records[0].kind).toBe('stop');
  expect(records[0].items.map((i) => [i.entryIds[0], i.chosenEnd, i.outcome]).sort()).toEqual(
    [a, b].map((t, i) => [t.entry.id, ends[i], 'stopped']).sort(),
  );
});
