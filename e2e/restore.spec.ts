/**
 * Restore cannot duplicate: interrupted by a reload it resumes, run again (the local record
 * lost) it finds every entry present. Judged through the sandbox API: each deleted entry
 * exists exactly once afterwards.
 */
import type { Page } from '@playwright/test';
import { connectAs, expect, test, type DemoPerson, type SandboxApi, type WireEntry } from './fixtures';
import { daysAgo, openMember } from './helpers/entries';

const sameEntry = (a: WireEntry) => (b: WireEntry) =>
  b.timeInterval.start === a.timeInterval.start &&
  b.timeInterval.end === a.timeInterval.end &&
  b.description === a.description &&
  b.projectId === a.projectId &&
  b.billable === a.billable;

/** Delete every pickable entry of the member's last `days` days through the console; returns them. */
async function deleteRecentEntries(page: Page, sandbox: SandboxApi, member: DemoPerson, days: number) {
  const from = daysAgo(days, member.timeZone);
  const to = daysAgo(1, member.timeZone);
  const before = await sandbox.entries(member);
  await connectAs(page, sandbox.owner);
  await openMember(page, member, from, to);
  await page.getByRole('checkbox', { name: 'Select all shown entries' }).check();
  const summary = page.getByTestId('selection-summary');
  await expect(summary).toContainText('selected');
  const count = Number((await summary.textContent())!.match(/^([\d,]+) selected/)![1].replace(/,/g, ''));
  expect(count).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Delete now' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted ${count} of ${count}` })).toBeVisible({ timeout: 20_000 });
  const remaining = new Set((await sandbox.entries(member)).map((e) => e.id));
  const deleted = before.filter((e) => !remaining.has(e.id));
  expect(deleted.length).toBe(count);
  return deleted;
}

async function expectEachBackOnce(sandbox: SandboxApi, member: DemoPerson, deleted: WireEntry[]) {
  const now = await sandbox.entries(member);
  for (const d of deleted) {
    const copies = now.filter(sameEntry(d));
    expect(copies, `${d.description} at ${d.timeInterval.start}`).toHaveLength(1);
    expect(copies[0].id).not.toBe(d.id);
  }
}

test.describe('restore', () => {
  test('a deletion that ends while the Activity page is open shows in its history without a reload', async ({ page, sandbox }) => {
    await page.clock.install();
    const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Europe/Berlin', 'Berlin member');
    await connectAs(page, sandbox.owner);
    await openMember(page, member, daysAgo(12, member.timeZone), daysAgo(1, member.timeZone));
    await page.getByRole('checkbox', { name: 'Select all shown entries' }).check();
    const summary = page.getByTestId('selection-summary');
    await expect(summary).toContainText('selected');
    const count = Number((await summary.textContent())!.match(/^([\d,]+) selected/)![1].replace(/,/g, ''));
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    // Off to the Activity page while the deletion waits out its undo window.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    await page.clock.runFor(11_000);
    await expect(page.getByRole('region', { name: `${member.name}: ${count} entries deleted` })).toBeVisible();
    expect((await sandbox.entries(member)).length).toBeGreaterThan(0);
  });

  test('interrupted by a reload, it resumes: every entry comes back exactly once', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Europe/Berlin', 'Berlin member');
    const deleted = await deleteRecentEntries(page, sandbox, member, 12);
    const n = deleted.length;

    await page.getByRole('link', { name: /Deletion history|Activity/ }).click();
    const item = page.getByRole('region', { name: new RegExp(`${n} entries deleted`) });
    // Slow answers, so the reload lands mid-way.
    await sandbox.faults({ latencyMs: 150 });
    await item.getByRole('button', { name: 'Restore', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Restore ${n} time entries` });
    await expect(dialog).toContainText('new ids');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(item.getByText(/Restoring ([4-9]|\d\d+) of/)).toBeVisible({ timeout: 20_000 });

    page.once('dialog', (d) => void d.accept()); // "leave the page?" while the restore runs
    await page.reload();
    await sandbox.clearFaults();

    const again = page.getByRole('region', { name: new RegExp(`${n} entries deleted`) });
    await expect(again.getByText(/\d+ restored/)).toBeVisible();
    const recorded = Number((await again.getByText(/\d+ restored/).textContent())!.match(/(\d+)/)![1]);
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThan(n);
    await again.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: `Restore ${n - recorded} time entries` }).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(again.getByRole('list', { name: 'Restore result' })).toBeVisible({ timeout: 30_000 });
    await expect(again.getByRole('button', { name: 'Restore', exact: true })).toBeDisabled();

    await expectEachBackOnce(sandbox, member, deleted);
  });

  test('run again after the local record was lost, it creates nothing twice', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'Asia/Tokyo', 'Tokyo member');
    const deleted = await deleteRecentEntries(page, sandbox, member, 8);
    const n = deleted.length;

    await page.getByRole('link', { name: /Deletion history|Activity/ }).click();
    const item = page.getByRole('region', { name: new RegExp(`${n} entries deleted`) });
    await item.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: `Restore ${n} time entries` }).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(item.getByRole('status').filter({ hasText: `Restored ${n} of ${n}` })).toBeVisible({ timeout: 30_000 });
    await expectEachBackOnce(sandbox, member, deleted);

    // As if restoring from another browser: the record of what was restored is gone.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('timekeeper');
          open.onsuccess = () => {
            const tx = open.result.transaction('deletions', 'readwrite');
            const store = tx.objectStore('deletions');
            const all = store.getAll();
            all.onsuccess = () => all.result.forEach((r: { restored: object }) => store.put({ ...r, restored: {} }));
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    const again = page.getByRole('region', { name: new RegExp(`${n} entries deleted`) });
    await again.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: `Restore ${n} time entries` }).getByRole('button', { name: 'Restore', exact: true }).click();
    const report = again.getByRole('list', { name: 'Restore result' });
    await expect(report).toContainText(`Already present, skipped: ${n}`, { timeout: 30_000 });
    await expect(report).toContainText('Re-created with new ids: 0');

    await expectEachBackOnce(sandbox, member, deleted);
  });

  test('the history lists what each deletion removed and restores a chosen entry', async ({ page, sandbox }) => {
    const member = sandbox.person((p) => p.role === 'USER' && p.timeZone === 'America/Los_Angeles', 'LA member');
    const deleted = await deleteRecentEntries(page, sandbox, member, 6);
    const n = deleted.length;
    await page.getByRole('link', { name: /Deletion history|Activity/ }).click();
    const item = page.getByRole('region', { name: new RegExp(`${n} entries deleted`) });
    await expect(item).toContainText(`by ${sandbox.owner.name}`);
    await item.getByRole('button', { name: 'Show entries' }).click();
    const table = item.getByRole('table', { name: /Entries of this deletion/ });
    await expect(table.getByRole('row')).toHaveCount(n + 1);
    const target = deleted[0];
    await table.getByRole('checkbox', { name: new RegExp(`^Restore ${escape(target.description || '(no description)')} `) }).first().check();
    await item.getByRole('button', { name: 'Restore selected (1)' }).click();
    await page.getByRole('dialog', { name: 'Restore 1 time entry' }).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(item.getByRole('status').filter({ hasText: 'Restored 1 of 1' })).toBeVisible({ timeout: 20_000 });
    const now = await sandbox.entries(member);
    expect(deleted.filter((d) => now.some(sameEntry(d)))).toHaveLength(1);
    // The Activity log above keeps both changes.
    await expect(page.getByText(`Restored 1 of 1 entry of ${member.name}`)).toBeVisible();
    await expect(page.getByText(`Deleted ${n} of ${n} entries of ${member.name}`)).toBeVisible();
  });
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
