/**
 * Corrective paths of bulk delete and access, judged through the sandbox API: owners may
 * delete locked entries (Clockify does not bind them to the lock date); a team manager is
 * offered only their team; a waiting deletion is shown in place, pauses while pointed at,
 * and Undo brings back the entries and their selection.
 */
import { connectAs, expect, test } from './fixtures';
import { checkboxName, daysAgo, openMember, pickable } from './helpers/entries';
import { dayKeyIn } from './helpers/time';

const DELETE_ROUTE = 'DELETE /v1/workspaces/:workspaceId/user/:userId/time-entries';

test('an owner selects and deletes a locked entry, told apart in the summary', async ({ page, sandbox }) => {
  const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Asia/Tokyo', 'Tokyo member');
  const locked = (await sandbox.entries(member)).find((e) => e.isLocked && e.timeInterval.end !== null);
  expect(locked, 'a locked entry in the seed').toBeDefined();
  const day = dayKeyIn(new Date(locked!.timeInterval.start), member.timeZone);
  await connectAs(page, sandbox.owner);
  await openMember(page, member, day, day);
  const box = page.getByRole('checkbox', { name: checkboxName(locked!, member.timeZone), exact: true });
  await expect(box).toBeEnabled();
  await box.check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 1 time entry' });
  await expect(dialog.getByText('1 entry is in the locked period')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Delete now' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 1 of 1' })).toBeVisible();
  expect((await sandbox.entries(member)).some((e) => e.id === locked!.id)).toBe(false);
});

test('a team manager keeps locked entries unselectable, with the reason', async ({ page, sandbox }) => {
  const manager = sandbox.person((p) => p.email === 'zoe@northwind.example', 'Zoë');
  const member = sandbox.person((p) => p.email === 'haruto@northwind.example', 'Haruto');
  const locked = (await sandbox.entries(member)).find((e) => e.isLocked && e.timeInterval.end !== null)!;
  const day = dayKeyIn(new Date(locked.timeInterval.start), member.timeZone);
  await connectAs(page, manager);
  await openMember(page, member, day, day);
  const box = page.getByRole('checkbox', { name: checkboxName(locked, member.timeZone), exact: true });
  await expect(box).toBeDisabled();
  await expect(box).toHaveAccessibleDescription(/Only owners and workspace admins can delete it/);

  // Pointing at the day's first row: its reason shows above it, over the day's header.
  const first = page.getByRole('listitem').getByRole('checkbox', { name: /^Select (?!all of )/ }).first();
  await expect(first).toBeDisabled();
  await first.hover();
  const tipOnTop = () =>
    first.evaluate((el) => {
      const tip = el.parentElement!;
      const row = el.closest('[role="listitem"]')!.getBoundingClientRect();
      // The reason is drawn above the checkbox (.tip in entries-list.module.css), up over the
      // header: a point just above the row is the reason's, not the header's.
      const hit = document.elementFromPoint(tip.getBoundingClientRect().left + 8, row.top - 3);
      return !!hit && tip.contains(hit);
    });
  await expect.poll(tipOnTop).toBe(true);
});

test('a team manager is offered only their team; anyone else is explained once', async ({ page, sandbox }) => {
  const manager = sandbox.person((p) => p.email === 'zoe@northwind.example', 'Zoë');
  const team = ['Haruto 佐藤', 'Marcus Johnson', 'Siobhán Ní Bhriain', 'Lukas Müller', manager.name];
  await connectAs(page, manager);
  await page.getByRole('combobox', { name: 'Team member' }).click();
  const listbox = page.getByRole('listbox');
  const enabled = listbox.locator('[role="option"]:not([data-combobox-disabled])');
  await expect(listbox.getByRole('option', { name: /Ada Lovelace.*\(no access\)/ })).toBeVisible();
  await expect(enabled).toHaveCount(team.length);
  for (const name of team) await expect(listbox.getByRole('option', { name: new RegExp(`^${name} — `) })).not.toHaveText(/no access/);
  await page.keyboard.press('Escape');

  const outsider = sandbox.person((p) => p.email === 'sofia@northwind.example', 'Sofía');
  await openMember(page, outsider, daysAgo(6, outsider.timeZone), daysAgo(0, outsider.timeZone));
  const alert = page.getByRole('alert').filter({ hasText: 'may not see' });
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('a team manager sees only their own team');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(1);
});

test('a waiting deletion shows in place, pauses while pointed at, and Undo brings back the selection', async ({ page, sandbox }) => {
  await page.clock.install();
  const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Europe/Berlin', 'Berlin member');
  const picked = (await sandbox.entries(member)).filter(pickable).slice(0, 2);
  await connectAs(page, sandbox.owner);
  await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
  for (const e of picked) await page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }).click();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();

  const pending = page.getByRole('alert', { name: '2 entries pending deletion' });
  await expect(pending).toBeVisible();
  await expect(page.getByText('No entries', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: checkboxName(picked[0], member.timeZone), exact: true })).toHaveCount(0);

  // Pointer over it: the countdown stops, however long the manager reads.
  await pending.hover();
  await page.clock.runFor(30_000);
  await expect(pending).toContainText('Paused');
  expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);

  await pending.getByRole('button', { name: 'Undo' }).click();
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('selection-summary')).toContainText('2 selected');
  for (const e of picked) await expect(page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true })).toBeChecked();
  await page.clock.runFor(30_000);
  expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);
});

test('Ctrl+Z undoes a waiting deletion from anywhere on the page', async ({ page, sandbox }) => {
  await page.clock.install();
  const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Europe/Berlin', 'Berlin member');
  const picked = (await sandbox.entries(member)).filter(pickable).slice(0, 1);
  await connectAs(page, sandbox.owner);
  await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
  await page.getByRole('checkbox', { name: checkboxName(picked[0], member.timeZone), exact: true }).click();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('alert', { name: '1 entry pending deletion' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: nothing was deleted.')).toBeVisible();
  await page.clock.runFor(70_000);
  expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);
  expect((await sandbox.entries(member)).some((e) => e.id === picked[0].id)).toBe(true);
});
