/**
 * Stopping a timer under faults. The stop is retried with the same end (it is safe to
 * repeat); a lost answer is resolved by looking the entry up; a stop that finally fails keeps
 * its chosen end ("Retry stop at …"). Faults stay active until the UI has settled, so a late
 * copy of a request can never race the reset. Results are checked through the API.
 */
import type { Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi, type WireEntry } from '../fixtures';
import { entryById, ownerIn, peopleWithRunningTimers } from '../helpers/api';
import { wallClock, wire } from '../helpers/time';

const PATCH_ROUTE = 'PATCH /v1/workspaces/:workspaceId/user/:userId/time-entries';

/** A Northwind member whose timer has run longer than 8 h, so "Start + 8 h" is a past end. */
async function forgottenTimer(sandbox: SandboxApi) {
  const found = (await peopleWithRunningTimers(sandbox)).find(
    ({ person, entry }) => person.workspaceName === 'Northwind Studio' && Date.now() - Date.parse(entry.timeInterval.start) > 9 * 3600_000,
  );
  if (!found) throw new Error('No seeded member with a timer over 9 h in Northwind Studio');
  return found;
}

async function openCard(page: Page, sandbox: SandboxApi, person: DemoPerson) {
  await connectAs(page, ownerIn(sandbox, person.workspaceId));
  await page.goto(`/w/${person.workspaceId}/u/${person.userId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
  return page.getByRole('region', { name: 'Running timer' });
}

/** Choose "Start + 8 h" in the dialog and send it; returns the chosen end. */
async function stopAtStartPlus8(page: Page, card: ReturnType<Page['getByRole']>, entry: WireEntry) {
  await card.getByRole('button', { name: 'Stop timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await dialog.getByRole('button', { name: 'Start + 8 h' }).click();
  const end = Date.parse(entry.timeInterval.start) + 8 * 3600_000;
  await expect(dialog.getByText('Duration: 8:00')).toBeVisible();
  await dialog.getByRole('button', { name: 'Stop timer' }).click();
  await expect(dialog).toBeHidden();
  return end;
}

const hms = (end: number, zone: string) => {
  const w = wallClock(end, zone);
  return [w.hour, w.minute, w.second].map((n) => String(n).padStart(2, '0')).join(':');
};

test('a stop refused twice with a 500 is retried with the same end and stops there, with no second choice', async ({ page, sandbox }) => {
  const { person, entry } = await forgottenTimer(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  await sandbox.resetStats();
  await sandbox.faults({ failNext: { status: 500, times: 2, method: 'PATCH' } });
  const end = await stopAtStartPlus8(page, card, entry);

  await expect(card.getByText(`Timer stopped at ${hms(end, person.timeZone)} (8:00).`)).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(end));
  expect((await sandbox.stats()).byRoute[PATCH_ROUTE]).toBe(3);
});

test('a stop that fails on every attempt keeps the chosen end: "Retry stop at …" sends the same end', async ({ page, sandbox }) => {
  const { person, entry } = await forgottenTimer(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH' } });
  const end = await stopAtStartPlus8(page, card, entry);

  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The timer was not stopped');
  await expect(alert).toContainText('server error (500)');
  await expect(alert).toContainText('The timer is still running.');
  const retry = alert.getByRole('button', { name: `Retry stop at ${hms(end, person.timeZone)}` });
  await expect(retry).toBeEnabled();
  // Settled: only now may the faults go.
  expect((await sandbox.running(person))?.timeInterval.end).toBeNull();
  await sandbox.clearFaults();

  await retry.click();
  await expect(card.getByText(`Timer stopped at ${hms(end, person.timeZone)} (8:00).`)).toBeVisible();
  expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(end));
});

test('a stop whose answers are all lost after the server acted is reported stopped at the chosen end', async ({ page, sandbox }) => {
  const { person, entry } = await forgottenTimer(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  // The first copy stops it and loses the answer; every retry (and Chromium's own re-sends)
  // gets "nothing running", also lost. The entry's record tells the truth.
  await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH', mode: 'drop-after' } });
  const end = await stopAtStartPlus8(page, card, entry);

  await expect(card.getByText(`Timer stopped at ${hms(end, person.timeZone)} (8:00).`)).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Stop timer' })).toHaveCount(0);
  await sandbox.clearFaults();
  expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(end));
});

test('a stop whose requests never reach the server: still running, said so, and the same end can be sent again', async ({ page, sandbox }) => {
  const { person, entry } = await forgottenTimer(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH', mode: 'drop-before' } });
  const end = await stopAtStartPlus8(page, card, entry);

  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The timer was not stopped');
  await expect(alert).toContainText('The timer is still running.');
  await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
  const retry = alert.getByRole('button', { name: `Retry stop at ${hms(end, person.timeZone)}` });
  await expect(retry).toBeEnabled();
  const still = await sandbox.running(person);
  expect(still?.id).toBe(entry.id);
  expect(still?.timeInterval.end).toBeNull();
  await sandbox.clearFaults();

  await retry.click();
  await expect(card.getByText(`Timer stopped at ${hms(end, person.timeZone)} (8:00).`)).toBeVisible();
  expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(end));
});

test('Team timers: a stop that fails on every attempt keeps its end on the page, and "Retry stop at …" sends it again', async ({ page, sandbox }) => {
  const { person, entry } = await forgottenTimer(sandbox);
  await connectAs(page, ownerIn(sandbox, person.workspaceId));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team timers' }).click();
  const row = page.getByRole('table', { name: 'Running timers' }).getByRole('row').filter({ hasText: person.name });
  await sandbox.faults({ failNext: { status: 500, times: 50, method: 'PATCH', pathIncludes: person.userId } });
  await row.getByRole('button', { name: `Stop timer of ${person.name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await dialog.getByRole('button', { name: 'Start + 8 h' }).click();
  await expect(dialog.getByText('Duration: 8:00')).toBeVisible();
  await dialog.getByRole('button', { name: 'Stop timer' }).click();
  const end = Date.parse(entry.timeInterval.start) + 8 * 3600_000;

  const alert = page.getByRole('alert').filter({ hasText: 'The timer was not stopped' });
  await expect(alert).toContainText('The timer is still running.');
  const retry = alert.getByRole('button', { name: `Retry stop at ${hms(end, person.timeZone)}` });
  await expect(retry).toBeEnabled();
  expect((await sandbox.running(person))?.id).toBe(entry.id);
  await sandbox.clearFaults();

  await retry.click();
  await expect(page.getByRole('status').filter({ hasText: 'Timer stopped' })).toContainText(`${person.name}’s timer stopped at ${hms(end, person.timeZone)}`);
  await expect(row).toHaveCount(0);
  expect((await entryById(sandbox, person.workspaceId, entry.id)).timeInterval.end).toBe(wire(end));
});
