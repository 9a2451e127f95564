import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { entryById, ownerIn, peopleWithRunningTimers, stopTimerViaApi } from './helpers/api';
import { openPicker, pickDateTime, pickDay } from './helpers/picker';
import { expectEscapeReturnsFocus } from './helpers/keyboard';
import { addDays, hMm, wallClock, wire } from './helpers/time';

const TEN_HOURS = 10 * 3600_000;
const PATCH_ROUTE = 'PATCH /v1/workspaces/:workspaceId/user/:userId/time-entries';

/** A seeded member with a running timer, found through the API. */
async function runningMember(sandbox: SandboxApi, what: string, accept: (p: DemoPerson, e: WireEntry) => boolean) {
  const found = (await peopleWithRunningTimers(sandbox)).find(({ person, entry }) => accept(person, entry));
  if (!found) throw new Error(`No seeded member with a running timer: ${what}`);
  return found;
}

/** Connect as the workspace owner and open the member's entries page. */
async function viewAsOwner(page: Page, sandbox: SandboxApi, member: DemoPerson) {
  const owner = ownerIn(sandbox, member.workspaceId);
  // The shared helper waits for the owner's entries page: the connect page's own h1 would
  // satisfy a plain "h1 visible" before the key is checked and saved, and the goto below
  // would then land on /connect.
  await connectAs(page, owner);
  await page.goto(`/w/${member.workspaceId}/u/${member.userId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
  return page.getByRole('region', { name: 'Running timer' });
}

async function openStopDialog(page: Page, card: Locator) {
  await card.getByRole('button', { name: 'Stop timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await expect(dialog).toBeVisible();
  // The picker reads wall-clock time in the zone the dialog names.
  const description = await dialog.getByText(/^Wall-clock time in the member’s zone, /).textContent();
  const zone = description!.replace(/^Wall-clock time in the member’s zone, /, '').trim();
  // The raw request sits behind "Request details": hidden until asked for, then shown.
  const request = dialog.getByText(/^\{"end":"[^"]+"\}$/);
  await expect(request).toBeHidden();
  const details = dialog.getByRole('button', { name: 'Request details' });
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(request).toBeVisible();
  return { dialog, zone, endPicker: dialog.getByRole('button', { name: 'End time' }) };
}

const elapsedOf = (card: Locator) => card.getByLabel(/^Elapsed \d+:\d{2}:\d{2}$/);

/**
 * The instant at which `zone`'s wall clock reads `hh:mm:ss` on `dayKey`, found with Intl
 * alone: guess it as if the zone were UTC, then correct by the offset the zone shows there.
 */
function instantAt(dayKey: string, [h, m, s]: [number, number, number], zone: string): number {
  const [y, mo, d] = dayKey.split('-').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, m, s);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(guess, zone);
    guess += asUtc - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  }
  return guess;
}

/**
 * A member without a timer gets one started (through the API) three hours before the latest
 * 18:30:15 on their clock that is at least five minutes past, so typing 18:30:15 on that day
 * is a valid end whatever time the test runs.
 */
async function timerBefore1830(request: APIRequestContext, sandbox: SandboxApi, browserZone: string) {
  const running = await peopleWithRunningTimers(sandbox);
  const person = sandbox.person(
    (p) => p.workspaceName === 'Northwind Studio' && p.role === 'USER' && p.timeZone !== browserZone && !running.some((r) => r.person.userId === p.userId),
    'a member in another zone than the browser, without a timer',
  );
  const today = wallClock(Date.now(), person.timeZone).dayKey;
  const target = [today, addDays(today, -1)]
    .map((day) => instantAt(day, [18, 30, 15], person.timeZone))
    .find((t) => t <= Date.now() - 5 * 60_000)!;
  const res = await request.post(`/api/v1/workspaces/${person.workspaceId}/user/${person.userId}/time-entries`, {
    headers: { 'X-Api-Key': ownerIn(sandbox, person.workspaceId).apiKey },
    data: { start: wire(target - 3 * 3600_000), description: 'Typed stop check' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const entry = (await res.json()) as WireEntry;
  expect(entry.timeInterval.end).toBeNull();
  return { person, entry, target: new Date(target) };
}

test.describe('stop a running timer', () => {
  test.describe('member in Tokyo, browser in Los Angeles', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });

    test('shows the ticking timer and stops it at exactly the picked instant', async ({ page, sandbox }) => {
      const { person, entry } = await runningMember(
        sandbox,
        'short timer, zone other than the browser’s',
        (p, e) => p.timeZone !== 'America/Los_Angeles' && p.workspaceName === 'Northwind Studio' && Date.now() - Date.parse(e.timeInterval.start) < TEN_HOURS,
      );
      const card = await viewAsOwner(page, sandbox, person);
      await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
      const startWall = wallClock(entry.timeInterval.start, person.timeZone);
      await expect(card).toContainText(`${String(startWall.hour).padStart(2, '0')}:${String(startWall.minute).padStart(2, '0')} (${person.timeZone})`);

      // The elapsed time ticks.
      const elapsed = elapsedOf(card);
      await expect(elapsed).toBeVisible();
      const first = await elapsed.textContent();
      await expect(elapsed).not.toHaveText(first!);

      const { dialog, zone, endPicker } = await openStopDialog(page, card);
      expect(zone).toBe(person.timeZone);
      await expect(dialog).toContainText(entry.description);

      // Halfway between the start and now, whole seconds.
      const start = Date.parse(entry.timeInterval.start);
      const target = new Date(Math.floor((start + (Date.now() - start) / 2) / 1000) * 1000);
      await pickDateTime(page, endPicker, wallClock(target, zone));
      const expectedWire = wire(target);
      await expect(dialog.getByText(`{"end":"${expectedWire}"}`, { exact: true })).toBeVisible();
      await expect(dialog.getByText(`Duration: ${hMm((target.getTime() - start) / 1000)}`)).toBeVisible();

      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      await expect(dialog).toBeHidden();
      const stoppedAt = wallClock(target, person.timeZone);
      const hms = [stoppedAt.hour, stoppedAt.minute, stoppedAt.second].map((n) => String(n).padStart(2, '0')).join(':');
      await expect(card.getByText(new RegExp(`^Timer stopped at ${hms}`))).toBeVisible();

      const stored = await entryById(sandbox, person.workspaceId, entry.id);
      expect(stored.timeInterval.end).toBe(expectedWire);
      expect(stored.timeInterval.start).toBe(entry.timeInterval.start);
      expect(await sandbox.running(person)).toBeNull();
    });
  });

  test('an end before the start or in the future is refused and nothing is sent', async ({ page, sandbox }) => {
    // A timer whose start and "an hour from now" both leave room on the member's calendar day
    // (the calendar disables other days), whatever time of day the test runs.
    const { person, entry } = await runningMember(
      sandbox,
      'with room on its start day and today',
      (p, e) =>
        p.workspaceName === 'Northwind Studio' &&
        wallClock(Date.parse(e.timeInterval.start) - 60_000, p.timeZone).dayKey === wallClock(e.timeInterval.start, p.timeZone).dayKey &&
        wallClock(Date.now() + 15 * 60_000, p.timeZone).dayKey === wallClock(Date.now(), p.timeZone).dayKey,
    );
    const card = await viewAsOwner(page, sandbox, person);
    const { dialog, zone, endPicker } = await openStopDialog(page, card);
    await sandbox.resetStats();

    // One minute before the start (same day on the member's calendar).
    const start = Date.parse(entry.timeInterval.start);
    const before = wallClock(start - 60_000, zone);
    await pickDateTime(page, endPicker, before);
    await expect(dialog.getByText('The end must be after the timer started.')).toBeVisible();
    await expect(dialog.getByText(/^\{"end":/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('The end must be after the timer started.')).toBeVisible();

    // An hour from now (or the last second of today if that is sooner).
    const now = Date.now();
    let future = wallClock(now + 3600_000, zone);
    if (future.dayKey !== wallClock(now, zone).dayKey) future = { ...wallClock(now, zone), hour: 23, minute: 59, second: 59 };
    await pickDateTime(page, endPicker, future);
    await expect(dialog.getByText('The end can’t be in the future.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('The end can’t be in the future.')).toBeVisible();

    expect((await sandbox.stats()).byRoute[PATCH_ROUTE] ?? 0).toBe(0);
    const still = await sandbox.running(person);
    expect(still?.id).toBe(entry.id);
    expect(still?.timeInterval.end).toBeNull();
  });

  test.describe('browser in Tokyo', () => {
    test.use({ timezoneId: 'Asia/Tokyo' });

    test('a timer past 10 hours gets a warning, not a block', async ({ page, sandbox }) => {
      const { person, entry } = await runningMember(
        sandbox,
        'forgotten for more than 10 hours',
        (_p, e) => Date.now() - Date.parse(e.timeInterval.start) > TEN_HOURS + 20 * 60_000,
      );
      const card = await viewAsOwner(page, sandbox, person);
      const { dialog, zone, endPicker } = await openStopDialog(page, card);
      const warning = dialog.getByRole('status').filter({ hasText: 'more than 10 hours' });
      // Default end is now: longer than 10 hours.
      await expect(warning).toBeVisible();

      const start = Date.parse(entry.timeInterval.start);
      await dialog.getByRole('button', { name: 'Start + 8 h' }).click();
      await expect(dialog.getByText(`{"end":"${wire(start + 8 * 3600_000)}"}`, { exact: true })).toBeVisible();
      await expect(warning).toHaveCount(0);

      const target = new Date(start + TEN_HOURS + 15 * 60_000);
      await pickDateTime(page, endPicker, wallClock(target, zone));
      await expect(dialog.getByRole('status').filter({ hasText: `This entry will be ${hMm(TEN_HOURS / 1000 + 15 * 60)} long — more than 10 hours.` })).toBeVisible();
      await expect(dialog.getByText(`{"end":"${wire(target)}"}`, { exact: true })).toBeVisible();

      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      await expect(card.getByText(/^Timer stopped at /)).toBeVisible();
      expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(target));
    });
  });

  test('a timer stopped elsewhere meanwhile: the UI says so and shows no timer', async ({ page, sandbox, request }) => {
    const { person, entry } = await runningMember(sandbox, 'in the main workspace', (p) => p.workspaceName === 'Northwind Studio');
    const card = await viewAsOwner(page, sandbox, person);
    const { dialog } = await openStopDialog(page, card);

    // Stopped in Clockify (or another tab) while the dialog is open.
    const elsewhere = wire(Date.parse(entry.timeInterval.start) + 60_000);
    await stopTimerViaApi(request, ownerIn(sandbox, person.workspaceId).apiKey, person, elsewhere);

    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('Already stopped');
    await expect(alert).toContainText('already been stopped elsewhere');
    await expect(card.getByText(`${person.name} has no timer running.`)).toBeVisible();
    await expect(card.getByRole('button', { name: 'Stop timer' })).toHaveCount(0);
    // The stop made elsewhere stands.
    expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(elsewhere);
  });

  test('the outcome of a stop stays with its member when switching to another one', async ({ page, sandbox }) => {
    const running = await peopleWithRunningTimers(sandbox);
    const { person, entry } = running.find(({ person: p }) => p.workspaceName === 'Northwind Studio')!;
    const idle = sandbox.person(
      (p) => p.workspaceId === person.workspaceId && p.role === 'USER' && !running.some((r) => r.person.userId === p.userId),
      'a member without a timer',
    );
    const card = await viewAsOwner(page, sandbox, person);
    const { dialog } = await openStopDialog(page, card);
    await dialog.getByRole('button', { name: 'Now' }).click();
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(card.getByText(/^Timer stopped at /)).toBeVisible();
    expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).not.toBeNull();

    await page.getByRole('combobox', { name: 'Team member' }).click();
    await page.getByRole('option', { name: new RegExp(`^${idle.name} — `) }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${idle.name}’s time entries` })).toBeVisible();
    await expect(card.getByText(`${idle.name} has no timer running.`)).toBeVisible();
    await expect(card.getByText(/^Timer stopped at /)).toHaveCount(0);
  });

  test('a workspace rule refusal shows Clockify’s message and the timer keeps running', async ({ page, sandbox }) => {
    const { person, entry } = await runningMember(
      sandbox,
      'in Side Project Lab without a project',
      (p, e) => p.workspaceName === 'Side Project Lab' && e.projectId === null,
    );
    const workspaces = await sandbox.get<Array<{ id: string; workspaceSettings: { forceProjects: boolean } }>>(sandbox.owner.apiKey, '/v1/workspaces');
    expect(workspaces.body.find((w) => w.id === person.workspaceId)?.workspaceSettings.forceProjects).toBe(true);

    const card = await viewAsOwner(page, sandbox, person);
    await expect(card.getByText('No project')).toBeVisible();
    const { dialog } = await openStopDialog(page, card);
    await dialog.getByRole('button', { name: 'Stop timer' }).click();

    const alert = card.getByRole('alert');
    await expect(alert).toContainText('The timer was not stopped');
    await expect(alert).toContainText(/Clockify said: “[^”]*project[^”]*”/i);
    await expect(alert).toContainText('The timer is still running.');
    // The card shows the timer again, still ticking.
    await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
    await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
    const elapsed = elapsedOf(card);
    const first = await elapsed.textContent();
    await expect(elapsed).not.toHaveText(first!);

    const still = await sandbox.running(person);
    expect(still?.id).toBe(entry.id);
    expect(still?.timeInterval.end).toBeNull();
  });
  test('closing the dialog hands focus back to Stop timer, and a stop to the card that says how it went', async ({ page, sandbox }) => {
    const { person } = await runningMember(sandbox, 'any', () => true);
    const card = await viewAsOwner(page, sandbox, person);
    const stop = card.getByRole('button', { name: 'Stop timer' });
    const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await expectEscapeReturnsFocus(page, stop, dialog);

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(stop).toBeFocused();

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Now' }).click();
    await dialog.getByRole('button', { name: 'Stop timer' }).click();
    await expect(card).toContainText('Timer stopped at');
    await expect(card).toBeFocused();
  });
  test.describe('typing the time, browser in Los Angeles', () => {
    test.use({ timezoneId: 'America/Los_Angeles', permissions: ['clipboard-read', 'clipboard-write'] });

    test('typing 18, 30, 15 into the segments stops the timer at 18:30:15 on the member’s clock', async ({ page, sandbox, request }) => {
      const { person, entry, target } = await timerBefore1830(request, sandbox, 'America/Los_Angeles');
      const card = await viewAsOwner(page, sandbox, person);
      const { dialog, zone, endPicker } = await openStopDialog(page, card);
      expect(zone).toBe(person.timeZone);

      const { dropdown, confirm, hours, minutes, seconds } = await openPicker(page, endPicker);
      await pickDay(dropdown, wallClock(target, zone));
      // Each segment already holds a value (the default end is now): typing replaces it.
      for (const [segment, digits] of [[hours, '18'], [minutes, '30'], [seconds, '15']] as const) {
        await segment.click();
        await page.keyboard.type(digits);
        await expect(segment).toHaveValue(digits);
      }
      await confirm.click();
      await expect(dropdown).toBeHidden();
      await expect(endPicker).toContainText('18:30:15');
      await expect(dialog.getByText(`{"end":"${wire(target)}"}`, { exact: true })).toBeVisible();

      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      await expect(dialog).toBeHidden();
      await expect(card.getByText(/^Timer stopped at 18:30:15/)).toBeVisible();
      expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(target));
    });

    test('a digit typed into a focused segment holding 01 replaces it instead of making 11', async ({ page, sandbox, request }) => {
      const { person, entry, target } = await timerBefore1830(request, sandbox, 'America/Los_Angeles');
      const card = await viewAsOwner(page, sandbox, person);
      const { dialog, zone, endPicker } = await openStopDialog(page, card);
      const { dropdown, confirm, hours, minutes, seconds } = await openPicker(page, endPicker);
      // Picking the day moves focus to "Hours"; type 01 there (focus moves on to "Minutes").
      await pickDay(dropdown, wallClock(target, zone));
      await expect(hours).toBeFocused();
      await page.keyboard.type('01');
      await expect(hours).toHaveValue('01');
      await expect(minutes).toBeFocused();
      // Back to "Hours" and click it while it has focus: the caret lands between the digits.
      await page.keyboard.press('ArrowLeft');
      await expect(hours).toBeFocused();
      await hours.click();
      await page.keyboard.type('1');
      await expect(hours).toHaveValue('01');
      await page.keyboard.type('8');
      await expect(hours).toHaveValue('18');
      await expect(minutes).toBeFocused();
      await page.keyboard.type('30');
      await expect(seconds).toBeFocused();
      await page.keyboard.type('15');
      await expect(seconds).toHaveValue('15');
      await confirm.click();
      await expect(dropdown).toBeHidden();

      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      await expect(dialog).toBeHidden();
      expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(target));
    });

    test('pasting 18:30:15 into the hours segment sets the whole time', async ({ page, sandbox, request }) => {
      const { person, entry, target } = await timerBefore1830(request, sandbox, 'America/Los_Angeles');
      const card = await viewAsOwner(page, sandbox, person);
      const { dialog, zone, endPicker } = await openStopDialog(page, card);
      const { dropdown, confirm, hours, minutes, seconds } = await openPicker(page, endPicker);
      await pickDay(dropdown, wallClock(target, zone));
      await page.evaluate(() => navigator.clipboard.writeText('18:30:15'));
      await hours.click();
      await page.keyboard.press('ControlOrMeta+V');
      await expect(hours).toHaveValue('18');
      await expect(minutes).toHaveValue('30');
      await expect(seconds).toHaveValue('15');
      await confirm.click();
      await expect(dropdown).toBeHidden();

      await dialog.getByRole('button', { name: 'Stop timer' }).click();
      await expect(dialog).toBeHidden();
      expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(target));
    });
  });
});
