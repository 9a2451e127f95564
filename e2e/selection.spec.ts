/**
 * Selecting entries the quick ways: a whole day from its header, a row by clicking its free
 * area, ranges with Shift+Space and Shift+Arrow; and where focus goes after dialogs and
 * navigation. What is selected is checked against the API's own list of the member's entries.
 */
import type { Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { checkboxName, daysAgo, openMember, pickable } from './helpers/entries';
import { tabTo } from './helpers/keyboard';
import { dayKeyIn, dayShort } from './helpers/time';

async function open(page: Page, sandbox: SandboxApi) {
  const member = sandbox.person((p) => p.role === 'USER' && p.workspaceName === 'Northwind Studio', 'member');
  const from = daysAgo(20, member.timeZone);
  const to = daysAgo(1, member.timeZone);
  // Newest first, as the list shows them.
  const inRange = (await sandbox.entries(member)).filter((e) => {
    const day = dayKeyIn(e.timeInterval.start, member.timeZone);
    return day >= from && day <= to;
  });
  await connectAs(page, sandbox.owner);
  await openMember(page, member, from, to);
  await expect(page.getByTestId('selection-summary')).toContainText('0 selected', { timeout: 20_000 });
  return { member, inRange };
}

const box = (page: Page, e: WireEntry, m: DemoPerson) => page.getByRole('checkbox', { name: checkboxName(e, m.timeZone), exact: true });

test('a day header’s checkbox selects every deletable entry of that day, and clears them again', async ({ page, sandbox }) => {
  const { member, inRange } = await open(page, sandbox);
  const day = dayKeyIn(inRange[0].timeInterval.start, member.timeZone);
  const ofDay = inRange.filter((e) => dayKeyIn(e.timeInterval.start, member.timeZone) === day && pickable(e));
  expect(ofDay.length).toBeGreaterThan(1);

  const dayBox = page.getByRole('checkbox', { name: `Select all of ${dayShort(day)}`, exact: true });
  await dayBox.click();
  await expect(page.getByTestId('selection-summary')).toContainText(`${ofDay.length} selected`);
  for (const e of ofDay) await expect(box(page, e, member)).toBeChecked();
  await expect(dayBox).toBeChecked();

  // One entry off: the day is partly selected.
  await box(page, ofDay[0], member).click();
  await expect(dayBox).not.toBeChecked();
  expect(await dayBox.evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(true);
  await dayBox.click();
  await expect(page.getByTestId('selection-summary')).toContainText(`${ofDay.length} selected`);
  await dayBox.click();
  await expect(page.getByTestId('selection-summary')).toContainText('0 selected');
});

test('clicking a row’s free area toggles it', async ({ page, sandbox }) => {
  const { member, inRange } = await open(page, sandbox);
  const e = inRange.find((x) => pickable(x) && x.description)!;
  const row = page.getByRole('listitem').filter({ has: box(page, e, member) });
  await row.getByText(e.description, { exact: true }).click();
  await expect(box(page, e, member)).toBeChecked();
  await row.getByText(e.description, { exact: true }).click();
  await expect(box(page, e, member)).not.toBeChecked();
});

test('Shift+Arrow and Shift+Space extend the selection from the last toggled row', async ({ page, sandbox }) => {
  const { member, inRange } = await open(page, sandbox);
  // The newest day whose rows are all selectable, in list order. Not simply the newest day:
  // just after the member's midnight, "yesterday" holds the timer still running since then.
  const days = [...new Set(inRange.map((e) => dayKeyIn(e.timeInterval.start, member.timeZone)))];
  const rowsOf = (day: string) => inRange.filter((e) => dayKeyIn(e.timeInterval.start, member.timeZone) === day);
  const day = days.find((d) => rowsOf(d).length >= 4 && rowsOf(d).every(pickable));
  expect(day, 'a day with at least four entries, all selectable').toBeDefined();
  const rows = rowsOf(day!);

  await tabTo(page, box(page, rows[0], member));
  await page.keyboard.press('Space');
  await expect(box(page, rows[0], member)).toBeChecked();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(box(page, rows[2], member)).toBeFocused();
  await expect(page.getByTestId('selection-summary')).toContainText('3 selected');
  for (const e of rows.slice(0, 3)) await expect(box(page, e, member)).toBeChecked();
  await expect(box(page, rows[3], member)).not.toBeChecked();

  // Plain arrows move without selecting; Shift+Space selects from the anchor (row 1) to here.
  await page.keyboard.press('ArrowDown');
  await expect(box(page, rows[3], member)).toBeFocused();
  await expect(box(page, rows[3], member)).not.toBeChecked();
  await page.keyboard.press('Shift+Space');
  await expect(page.getByTestId('selection-summary')).toContainText('4 selected');
  for (const e of rows.slice(0, 4)) await expect(box(page, e, member)).toBeChecked();
});

test('focus returns to the opener after a dialog, and lands on the heading after navigation', async ({ page, sandbox }) => {
  const { member, inRange } = await open(page, sandbox);
  await box(page, inRange.find(pickable)!, member).click();
  const deleteButton = page.getByRole('button', { name: 'Delete selected' });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete 1 time entry' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await page.getByRole('link', { name: 'Team timers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeFocused();
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Deletion history|Activity/ })).toBeFocused();
});

test('“Skip to content” is the first stop and jumps to the page heading', async ({ page, sandbox }) => {
  const { member } = await open(page, sandbox);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeFocused();
});

test('a change that would drop the selection asks first; keeping it leaves the list and the search box as they were', async ({ page, sandbox }) => {
  const { member, inRange } = await open(page, sandbox);
  const summary = page.getByTestId('selection-summary');
  const search = page.getByRole('textbox', { name: 'Search description' });
  const question = page.getByRole('dialog', { name: 'Change the filter?' });
  await page.getByRole('button', { name: 'Last 30 days', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
  const shown = page.url();
  const first = inRange.find((e) => pickable(e) && e.description.trim().length > 2)!;
  const q = first.description.trim();
  await box(page, first, member).click();
  await expect(summary).toContainText('1 selected');

  // The pressed preset again: nothing changes, so nothing is asked and the selection stays.
  await page.getByRole('button', { name: 'Last 30 days', exact: true }).click();
  await expect(summary).toContainText('1 selected');
  await expect(question).toHaveCount(0);

  // A search would drop it: asked. "Keep selection" leaves the list, and the box shows its search again.
  await search.fill('zzz');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep selection' }).click();
  await expect(question).toHaveCount(0);
  await expect(search).toHaveValue('');
  await expect(summary).toContainText('1 selected');
  await expect(box(page, first, member)).toBeChecked();
  expect(page.url()).toBe(shown);

  // Another member would drop it too: asked, and kept.
  await page.getByRole('combobox', { name: 'Team member' }).click();
  await page.getByRole('option', { name: new RegExp(`^${sandbox.owner.name} — `) }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep selection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
  await expect(summary).toContainText('1 selected');
  expect(page.url()).toBe(shown);

  // Changing it: the search applies and the selection goes.
  await search.fill(q);
  await question.getByRole('button', { name: 'Change and clear selection' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  await expect(search).toHaveValue(q);
  await expect(summary).toContainText('0 selected');
  await expect(box(page, first, member)).not.toBeChecked();
});
