import type { Page } from '@playwright/test';
import { connectAs, expect, resetSandbox, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { holdClock } from './helpers/clock';
import { checkboxName, daysAgo, deletable, openMember, pickable } from './helpers/entries';
import { dayKeyIn } from './helpers/time';

const DELETE_ROUTE = 'DELETE /v1/workspaces/:workspaceId/user/:userId/time-entries';

/** As the owner, open the member's last 20 days, tick `picked` and confirm the deletion. */
async function pickAndConfirm(page: Page, sandbox: SandboxApi, member: DemoPerson, picked: WireEntry[]) {
  await connectAs(page, sandbox.owner);
  await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
  for (const e of picked) await page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }).click();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
}

test.describe('bulk delete', () => {
  test('deletes exactly a hand-picked set, nothing else', async ({ page, sandbox }) => {
    await page.clock.install();
    const owner = sandbox.owner;
    const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Asia/Tokyo', 'Tokyo member');
    const from = daysAgo(20, member.timeZone);
    const to = daysAgo(0, member.timeZone);
    const before = await sandbox.entries(member);
    const picked = before.filter(pickable).slice(0, 3);
    expect(picked).toHaveLength(3);

    await connectAs(page, owner);
    await openMember(page, member, from, to);
    for (const e of picked) await page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }).click();
    await expect(page.getByTestId('selection-summary')).toContainText('3 selected');
    await page.getByRole('button', { name: 'Delete selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Delete 3 time entries' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('table', { name: 'Totals per project' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    // Inside the window now: it stays open until "Delete now", however slow the machine.
    await expect(page.getByRole('button', { name: 'Delete now' })).toBeVisible();
    await holdClock(page);

    // The entries leave the list at once; nothing is sent during the undo window.
    await expect(page.getByRole('checkbox', { name: checkboxName(picked[0], member.timeZone) })).toHaveCount(0);
    expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);
    await page.getByRole('button', { name: 'Delete now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 3 of 3' })).toBeVisible();
    await page.clock.resume();

    const after = await sandbox.entries(member);
    expect(after.map((e) => e.id).sort()).toEqual(
      before.filter((e) => !picked.some((p) => p.id === e.id)).map((e) => e.id).sort(),
    );
    expect((await sandbox.stats()).byRoute[DELETE_ROUTE]).toBe(1);
  });

  test('undo inside the window sends nothing and keeps everything', async ({ page, sandbox }) => {
    // The page's clock runs normally but can be moved on: the undo window ends on demand.
    await page.clock.install();
    const member = sandbox.person((p) => p.role === 'USER', 'member');
    const before = await sandbox.entries(member);
    const picked = before.filter(pickable).slice(0, 2);
    await pickAndConfirm(page, sandbox, member, picked);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone: nothing was deleted.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: checkboxName(picked[0], member.timeZone), exact: true })).toBeVisible();

    // Past the end of the window (and its timer), still nothing went out.
    await page.clock.runFor(11_000);
    // The page's timers did run: the "Undone" notice closes itself after 8 s.
    await expect(page.getByText('Undone: nothing was deleted.')).toBeHidden();
    await expect(page.getByRole('checkbox', { name: checkboxName(picked[1], member.timeZone), exact: true })).toBeVisible();
    expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);
    expect((await sandbox.entries(member)).length).toBe(before.length);
  });

  test('a closed tab during the window deletes nothing, and leaving warns first', async ({ page, sandbox }) => {
    await page.clock.install();
    const member = sandbox.person((p) => p.role === 'USER', 'member');
    const before = await sandbox.entries(member);
    const picked = before.filter(pickable)[0];
    await connectAs(page, sandbox.owner);
    await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
    await page.getByRole('checkbox', { name: checkboxName(picked, member.timeZone), exact: true }).click();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    // Inside the window now: it stays open until the tab is closed, however slow the machine.
    await holdClock(page);

    const warned = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.accept())));
    const context = page.context();
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    expect(await warned).toBe('beforeunload');
    // The clock belongs to the context: once the tab is really gone, let it run for the next one.
    await closed;
    await context.clock.resume();
    // Opened again after the window would have ended: the entry is still there, nothing was sent.
    const again = await context.newPage();
    await connectAs(again, sandbox.owner);
    await openMember(again, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
    await expect(again.getByRole('checkbox', { name: checkboxName(picked, member.timeZone), exact: true })).toBeVisible();
    expect((await sandbox.stats()).byRoute[DELETE_ROUTE] ?? 0).toBe(0);
    expect((await sandbox.entries(member)).length).toBe(before.length);
  });

  test('"select all matching" across several pages deletes all in ⌈N/150⌉ requests', async ({ page, request }) => {
    const seeded = await resetSandbox(request);
    const heavyEmail = seeded.person((p) => p.role === 'USER', 'member').email;
    const sandbox = await resetSandbox(request, { heavyUser: { email: heavyEmail, entries: 5000 } });
    const member = sandbox.person((p) => p.email === heavyEmail, 'heavy member');
    const from = daysAgo(25, member.timeZone);
    const to = daysAgo(0, member.timeZone);
    const before = await sandbox.entries(member);
    await sandbox.resetStats();

    await connectAs(page, sandbox.owner);
    await openMember(page, member, from, to);
    const selectAll = page.getByRole('button', { name: /^Select all [\d,]+ matching$/ });
    await expect(selectAll).toBeVisible({ timeout: 20_000 });
    const n = Number((await selectAll.textContent())!.replace(/\D/g, ''));
    expect(n).toBeGreaterThan(1000); // more than one page of 1000
    await selectAll.click();
    await expect(page.getByTestId('selection-summary')).toContainText(`${n.toLocaleString('en-US')} selected`);
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${n.toLocaleString('en-US')} time entries` });
    const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${n} to confirm`).fill(String(n));
    await confirm.click();
    await page.getByRole('button', { name: 'Delete now' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Deleted ${n.toLocaleString('en-US')} of ${n.toLocaleString('en-US')}` })).toBeVisible({
      timeout: 30_000,
    });

    // Exactly the deletable entries that start on the member's days from..to are gone: none
    // outside the range, no locked or running one, none left behind.
    const after = new Set((await sandbox.entries(member)).map((e) => e.id));
    const gone = before.filter((e) => !after.has(e.id)).map((e) => e.id).sort();
    const matching = before.filter((e) => {
      const day = dayKeyIn(e.timeInterval.start, member.timeZone);
      return deletable(e) && day >= from && day <= to;
    });
    expect(gone).toHaveLength(n);
    expect(gone).toEqual(matching.map((e) => e.id).sort());
    expect(after.size).toBe(before.length - n);
    expect((await sandbox.stats()).byRoute[DELETE_ROUTE]).toBe(Math.ceil(n / 150));
  });

  test('injected server errors end in an exact report and a working "Retry failed"', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER', 'member');
    const before = await sandbox.entries(member);
    const picked = before.filter(pickable).slice(0, 4);
    await connectAs(page, sandbox.owner);
    await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
    for (const e of picked) await page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }).click();
    // Every attempt of the DELETE fails (the client retries 3 times).
    await sandbox.faults({ failNext: { status: 500, times: 4, method: 'DELETE' } });
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete now' }).click();

    const report = page
      .getByRole('alert')
      .filter({ hasText: 'Deleted 0 of 4' })
      .filter({ has: page.getByRole('button', { name: 'Retry failed' }) });
    await expect(report).toBeVisible({ timeout: 20_000 });
    // One line per reason, not four identical lines; it opens to the entries it concerns.
    const reasons = report.getByRole('list', { name: 'Reasons entries were not deleted' });
    const group = reasons.getByRole('button', { name: /^4 entries: Clockify had a server error \(500\)/ });
    await expect(group).toHaveCount(1);
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    const entriesOfGroup = report.getByRole('list', { name: /^Entries not deleted: Clockify had a server error \(500\)/ });
    await expect(entriesOfGroup.getByRole('listitem')).toHaveCount(4);
    for (const e of picked) await expect(entriesOfGroup).toContainText(e.description || '(no description)');
    await group.click();
    await expect(group).toHaveAttribute('aria-expanded', 'false');
    await expect(entriesOfGroup).toHaveCount(0);
    expect((await sandbox.entries(member)).length).toBe(before.length);
    // The failed ones stay selected.
    await expect(page.getByTestId('selection-summary')).toContainText('4 selected');

    await report.getByRole('button', { name: 'Retry failed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 4 of 4' })).toBeVisible({ timeout: 20_000 });
    const after = await sandbox.entries(member);
    expect(after.length).toBe(before.length - 4);
    expect(after.some((e) => picked.some((p) => p.id === e.id))).toBe(false);
  });

  test('restore from deletion history brings the entries back with new ids', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER', 'member');
    const before = await sandbox.entries(member);
    const picked = before.filter(pickable).slice(0, 2);
    await pickAndConfirm(page, sandbox, member, picked);
    await page.getByRole('button', { name: 'Delete now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 of 2' })).toBeVisible();

    await page.getByRole('link', { name: 'Activity' }).click();
    const item = page.getByRole('region', { name: /2 entries deleted/ });
    await item.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: 'Restore 2 time entries' }).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(item.getByRole('status')).toContainText('Restored 2 of 2');
    await expect(item).toContainText('new ids');

    const after = await sandbox.entries(member);
    expect(after.length).toBe(before.length);
    for (const p of picked) {
      const back = after.find(
        (e) => e.timeInterval.start === p.timeInterval.start && e.timeInterval.end === p.timeInterval.end && e.description === p.description,
      );
      expect(back, `restored ${p.description}`).toBeDefined();
      expect(back!.id).not.toBe(p.id);
      expect(back!.projectId).toBe(p.projectId);
      expect(back!.tagIds).toEqual(p.tagIds);
      expect(back!.billable).toBe(p.billable);
    }
  });

  test('a regular member’s key is told it may not manage someone else’s entries', async ({ page, sandbox }) => {
    const regular = sandbox.person((p) => p.role === 'USER', 'regular member');
    await connectAs(page, regular);
    await openMember(page, sandbox.owner, daysAgo(6, 'UTC'), daysAgo(0, 'UTC'));
    await expect(page.getByRole('alert').filter({ hasText: /does not have the right/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete selected' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show my own entries' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${regular.name}’s time entries`);
  });
});
