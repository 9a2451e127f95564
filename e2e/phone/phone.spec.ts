/**
 * The console on a phone (390×844, touch): connect, browse a member's entries, bulk delete,
 * and the menu. Nothing may scroll sideways; what a row says (description, project, times)
 * and the buttons people tap stay on the screen. Results are checked through the API.
 */
import { connectAs, expect, test, type DemoPerson } from '../fixtures';
import { ownerIn, peopleWithRunningTimers } from '../helpers/api';
import { holdClock } from '../helpers/clock';
import { checkboxName, daysAgo, openMember, pickable, scrollUntilRendered } from '../helpers/entries';
import { dayKeyIn } from '../helpers/time';
import { expectInsideViewport, expectNoHorizontalScroll, expectTapTargets } from './layout';

/** The words issue 10 asks for. */
const ROLE_NAMES: Record<string, string> = {
  OWNER: 'Owner',
  WORKSPACE_ADMIN: 'Admin',
  TEAM_MANAGER: 'Team manager',
  PROJECT_MANAGER: 'Project manager',
  USER: 'Member',
};

test('connect: every person is a card with a readable role and a Connect button on screen', async ({ page, sandbox }) => {
  await page.goto('/connect');
  const people = page.getByRole('list', { name: 'Demo people' }).getByRole('listitem');
  await expect(people).toHaveCount(sandbox.people.length);
  await expectNoHorizontalScroll(page);
  await expectTapTargets(page);
  for (const p of sandbox.people) {
    const connect = page.getByRole('button', { name: `Connect as ${p.name}${p.workspaceName ? ` (${p.workspaceName})` : ''}`, exact: true });
    const card = people.filter({ has: connect });
    await expectInsideViewport(connect, `Connect as ${p.name}`);
    // Whole role names, never "O." or "TEAM_MANA…", and not cut off.
    const role = card.getByText(ROLE_NAMES[p.role], { exact: true });
    await expect(role).toBeVisible();
    expect(await role.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${ROLE_NAMES[p.role]} is not truncated`).toBe(true);
  }
  await page.getByRole('button', { name: `Connect as ${sandbox.owner.name} (${sandbox.owner.workspaceName})`, exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `${sandbox.owner.name}’s time entries` })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('browse: rows keep description, project and times on screen; the menu reaches every page', async ({ page, sandbox }) => {
  const member = sandbox.person((p) => p.email === 'lukas@northwind.example' && p.workspaceName === 'Northwind Studio', 'Lukas');
  const from = daysAgo(20, member.timeZone);
  const to = daysAgo(1, member.timeZone);
  await connectAs(page, ownerIn(sandbox, member.workspaceId));
  await openMember(page, member, from, to);
  await expect(page.getByText(/^\d[\d,]* entr(y|ies) · total/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectTapTargets(page);

  const inRange = (await sandbox.entries(member)).filter((e) => {
    const day = dayKeyIn(e.timeInterval.start, member.timeZone);
    return day >= from && day <= to;
  });
  const projects = (await sandbox.get<Array<{ id: string; name: string }>>(sandbox.owner.apiKey, `/v1/workspaces/${member.workspaceId}/projects?page-size=500`)).body;
  for (const e of inRange.slice(0, 6)) {
    const row = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }) });
    await expectInsideViewport(row.getByText(e.description || '(no description)', { exact: true }), `description of ${e.id}`);
    const project = e.projectId ? projects.find((p) => p.id === e.projectId)!.name : 'No project';
    await expectInsideViewport(row.getByText(project, { exact: true }), `project of ${e.id}`);
    await expectInsideViewport(row.getByText(/^\d\d:\d\d – (\d\d:\d\d|running)$/), `times of ${e.id}`);
  }

  // The header's controls live behind the menu button.
  await page.getByRole('button', { name: 'Open menu' }).tap();
  const menu = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disconnect' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Switch to (dark|light) mode$/ })).toBeVisible();
  await expectTapTargets(page);
  // Closed as menus are: by Escape (focus back on its button) and by a tap outside it (the header).
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Disconnect' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open menu' })).toBeFocused();
  await page.getByRole('button', { name: 'Open menu' }).tap();
  await page.getByRole('banner').getByText('Timekeeper', { exact: true }).tap();
  await expect(page.getByRole('button', { name: 'Disconnect' })).toBeHidden();
  await page.getByRole('button', { name: 'Open menu' }).tap();
  await menu.getByRole('link', { name: 'Activity' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Deletion history|Activity/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disconnect' })).toBeHidden();
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Open menu' }).tap();
  await menu.getByRole('link', { name: 'Team timers' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('bulk delete on a phone deletes exactly the tapped entries', async ({ page, sandbox }) => {
  await page.clock.install();
  const member = sandbox.person((p) => p.role === 'USER' && p.workspaceName === 'Northwind Studio', 'member');
  const before = await sandbox.entries(member);
  const picked = before.filter(pickable).slice(0, 2);
  await connectAs(page, sandbox.owner);
  await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
  // One by its checkbox, one by tapping the row itself.
  const first = page.getByRole('checkbox', { name: checkboxName(picked[0], member.timeZone), exact: true });
  await scrollUntilRendered(page, first);
  await first.tap();
  const second = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: checkboxName(picked[1], member.timeZone), exact: true }) });
  await scrollUntilRendered(page, second);
  await second.getByText(/^\d\d:\d\d – \d\d:\d\d$/).tap();
  await expect(page.getByTestId('selection-summary')).toContainText('2 selected');
  const deleteSelected = page.getByRole('button', { name: 'Delete selected' });
  await expectInsideViewport(deleteSelected, 'Delete selected');
  await deleteSelected.tap();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 time entries' });
  await expect(dialog).toBeVisible();
  await expectNoHorizontalScroll(page);
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expectInsideViewport(confirm, 'Delete in the dialog');
  await confirm.tap();
  const now = page.getByRole('button', { name: 'Delete now' });
  await expect(now).toBeVisible();
  // No keyboard shortcut offered on a touch screen.
  await expect(page.getByRole('alert', { name: '2 entries pending deletion' })).toContainText('Nothing has been sent yet.');
  await expect(page.getByText(/Undo with/)).toBeHidden();
  // Inside the window now: it stays open while the test measures "Delete now", however slow the machine.
  await holdClock(page);
  await expectInsideViewport(now, 'Delete now');
  await now.tap();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 of 2' })).toBeVisible();
  await page.clock.resume();
  await expectNoHorizontalScroll(page);

  const after = await sandbox.entries(member);
  expect(after.map((e) => e.id).sort()).toEqual(before.filter((e) => !picked.some((p) => p.id === e.id)).map((e) => e.id).sort());
});

test('stop a forgotten timer from Team timers', async ({ page, sandbox }) => {
  const { person } = (await peopleWithRunningTimers(sandbox)).find(({ person: p }) => p.workspaceName === 'Northwind Studio')! as { person: DemoPerson };
  await connectAs(page, ownerIn(sandbox, person.workspaceId));
  await page.goto(`/w/${person.workspaceId}/running`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  const stop = page.getByRole('button', { name: `Stop timer of ${person.name}` });
  await expectInsideViewport(stop, `Stop timer of ${person.name}`);
  await stop.tap();
  const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
  await dialog.getByRole('button', { name: 'Now' }).tap();
  await dialog.getByRole('button', { name: 'Stop timer' }).tap();
  await expect(dialog).toBeHidden();
  await expect.poll(() => sandbox.running(person)).toBeNull();
});
