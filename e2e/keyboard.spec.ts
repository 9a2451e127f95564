/**
 * Keyboard only: stopping a timer and bulk-deleting entries with Tab, Shift+Tab, Enter and
 * Space — never a click, never `focus()`. Results are checked through the API.
 */
import { expect, test, type DemoPerson } from './fixtures';
import { entryById, ownerIn, peopleWithRunningTimers } from './helpers/api';
import { checkboxName, daysAgo, pickable } from './helpers/entries';
import { holdClock } from './helpers/clock';
import { tabTo } from './helpers/keyboard';
import type { Page } from '@playwright/test';

async function connectByKeyboard(page: Page, person: DemoPerson) {
  await page.goto('/connect');
  await tabTo(page, page.getByRole('button', { name: `Connect as ${person.name} (${person.workspaceName})`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/connect/);
}

test('stop a running timer by keyboard alone', async ({ page, sandbox }) => {
  const { person, entry } = (await peopleWithRunningTimers(sandbox)).find(({ person: p }) => p.workspaceName === 'Northwind Studio')!;
  await connectByKeyboard(page, ownerIn(sandbox, person.workspaceId));
  await page.goto(`/w/${person.workspaceId}/u/${person.userId}`);
  const card = page.getByRole('region', { name: 'Running timer' });

  await tabTo(page, card.getByRole('button', { name: 'Stop timer' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Now' }));
  await page.keyboard.press('Enter');
  // The raw request opens from its disclosure with the keyboard too.
  await tabTo(page, dialog.getByRole('button', { name: 'Request details' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/^\{"end":"/)).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Stop timer' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(card.getByText(/^Timer stopped at /)).toBeVisible();

  expect(await sandbox.running(person)).toBeNull();
  const stored = await entryById(sandbox, person.workspaceId, entry.id);
  expect(stored.timeInterval.end).not.toBeNull();
});

test('bulk-delete two entries by keyboard alone', async ({ page, sandbox }) => {
  // The page's clock: paused below so the undo window cannot run out while Tab walks to
  // "Delete now" on a slow machine (the journey is about the keyboard, not the 10 s).
  await page.clock.install();
  const member = sandbox.person((p) => p.role === 'USER' && p.workspaceName === 'Northwind Studio', 'member');
  const before = await sandbox.entries(member);
  // The first two selectable rows, newest first as the list shows them.
  const picked = before.filter(pickable).slice(0, 2);
  await connectByKeyboard(page, sandbox.owner);
  await page.goto(`/w/${member.workspaceId}/u/${member.userId}?from=${daysAgo(20, member.timeZone)}&to=${daysAgo(0, member.timeZone)}`);

  for (const e of picked) {
    const box = page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await expect(page.getByTestId('selection-summary')).toContainText('2 selected');
  // "Delete selected" sits above the list: go back up with Shift+Tab.
  await tabTo(page, page.getByRole('button', { name: 'Delete selected' }), { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete 2 time entries' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Delete', exact: true }));
  await holdClock(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await tabTo(page, page.getByRole('button', { name: 'Delete now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 of 2' })).toBeVisible();
  await page.clock.resume();

  const after = await sandbox.entries(member);
  expect(after.map((e) => e.id).sort()).toEqual(before.filter((e) => !picked.some((p) => p.id === e.id)).map((e) => e.id).sort());
});
