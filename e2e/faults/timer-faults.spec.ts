/**
 * The running-timer card under faults: it must never show a stale "running" (or a stale
 * "stopped") without saying so. Results are checked through the API.
 */
import type { Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi } from '../fixtures';
import { ownerIn, peopleWithRunningTimers } from '../helpers/api';

async function runningInMainWorkspace(sandbox: SandboxApi) {
  const found = (await peopleWithRunningTimers(sandbox)).find(({ person }) => person.workspaceName === 'Northwind Studio');
  if (!found) throw new Error('No seeded member with a running timer in Northwind Studio');
  return found;
}

async function openCard(page: Page, sandbox: SandboxApi, person: DemoPerson) {
  await connectAs(page, ownerIn(sandbox, person.workspaceId));
  await page.goto(`/w/${person.workspaceId}/u/${person.userId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${person.name}’s time entries` })).toBeVisible();
  return page.getByRole('region', { name: 'Running timer' });
}

async function stopNow(page: Page, card: ReturnType<Page['getByRole']>) {
  await card.getByRole('button', { name: 'Stop timer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await dialog.getByRole('button', { name: 'Now' }).click();
  await expect(dialog.getByText(/^\{"end":"/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Stop timer' }).click();
  await expect(dialog).toBeHidden();
}

test('a stop refused with a 500: the card says it failed and that the timer still runs', async ({ page, sandbox }) => {
  const { person, entry } = await runningInMainWorkspace(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  await sandbox.faults({ failNext: { status: 500, times: 1, method: 'PATCH' } });
  await stopNow(page, card);

  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The timer was not stopped');
  await expect(alert).toContainText('server error (500)');
  await expect(alert).toContainText('The timer is still running.');
  await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
  await expect(card.getByText(/^Timer stopped at /)).toHaveCount(0);
  const still = await sandbox.running(person);
  expect(still?.id).toBe(entry.id);
  expect(still?.timeInterval.end).toBeNull();
});

test('a stop whose answer is lost (applied, then the connection dropped): the card says what really happened', async ({ page, sandbox }) => {
  const { person, entry } = await runningInMainWorkspace(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  // Chromium itself re-sends a request whose reused connection closed without an answer: drop every copy.
  await sandbox.faults({ failNext: { status: 500, times: 10, method: 'PATCH', mode: 'drop-after' } });
  await stopNow(page, card);

  // The server did stop it: the API says so.
  await expect.poll(async () => (await sandbox.running(person))?.id ?? null).toBeNull();
  await sandbox.clearFaults();
  // The card must not claim the timer is still running once it knows better.
  await expect(card.getByText(`${person.name} has no timer running.`)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Stop timer' })).toHaveCount(0);
  await expect(card.getByText('The timer is still running.', { exact: false })).toHaveCount(0);
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The stop’s answer was lost');
  await expect(alert).toContainText('the timer is no longer running');
});

test('a stop whose answer is lost before the server acted: still running, and the card says so', async ({ page, sandbox }) => {
  const { person, entry } = await runningInMainWorkspace(sandbox);
  const card = await openCard(page, sandbox, person);
  await expect(card.getByText(entry.description, { exact: true })).toBeVisible();
  await sandbox.faults({ failNext: { status: 500, times: 10, method: 'PATCH', mode: 'drop-before' } });
  await stopNow(page, card);
  await sandbox.clearFaults();

  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The timer was not stopped');
  await expect(alert).toContainText('The timer is still running.');
  await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
  const still = await sandbox.running(person);
  expect(still?.id).toBe(entry.id);
  expect(still?.timeInterval.end).toBeNull();
});
