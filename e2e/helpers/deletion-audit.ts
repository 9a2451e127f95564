/**
 * Bulk-delete helpers for the fault suite: drive a deletion through the UI, read back what the
 * app reported (the result alert and the per-id record it keeps for Deletion history), and
 * audit that report against what the sandbox API really holds.
 */
import { expect, type Page } from '@playwright/test';
import type { WireEntry } from '../fixtures';

/** The result alert of a finished deletion ("Deleted X of N", with its Dismiss button). */
export function resultAlert(page: Page, total: number) {
  const n = total.toLocaleString('en-US');
  return page
    .getByRole('status')
    .or(page.getByRole('alert'))
    .filter({ hasText: new RegExp(`Deleted [\\d,]+ of ${n}`) })
    .filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
}

export interface UiReport {
  /** X of "Deleted X of N". */
  deleted: number;
  total: number;
  /** Entries the report says were not deleted, summed over its groups by reason. */
  listed: number;
  /** Kept for the audit's sum; the grouped report states every count. */
  more: number;
  text: string;
}

/**
 * Clicks "Delete selected", confirms (typing the count when asked), clicks "Delete now" in the
 * undo notice, and waits for the result alert. `beforeSend` runs during the undo window.
 */
export async function deleteSelected(page: Page, total: number, opts: { beforeSend?: () => Promise<void>; timeout?: number } = {}): Promise<UiReport> {
  const n = total.toLocaleString('en-US');
  await expect(page.getByTestId('selection-summary')).toContainText(`${n} selected`);
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${n} time ${total === 1 ? 'entry' : 'entries'}` });
  await expect(dialog).toBeVisible();
  if (total > 100) await dialog.getByLabel(`Type ${total} to confirm`).fill(String(total));
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleteNow = page.getByRole('button', { name: 'Delete now' });
  await expect(deleteNow).toBeVisible();
  await opts.beforeSend?.();
  await deleteNow.click();
  return readReport(page, total, opts.timeout);
}

export async function readReport(page: Page, total: number, timeout = 60_000): Promise<UiReport> {
  const alert = resultAlert(page, total);
  await expect(alert).toBeVisible({ timeout });
  const text = (await alert.textContent()) ?? '';
  // The title runs into the next line's text ("Deleted 230 of 380150 entries were…"): anchor on N.
  const m = new RegExp(`Deleted ([\\d,]+) of (${total.toLocaleString('en-US')})`).exec(text)!;
  // Failures are grouped by reason: each group's button reads "N entries: <reason>".
  const groups = alert.getByRole('list', { name: 'Reasons entries were not deleted' }).getByRole('button');
  const counts = await groups.evaluateAll((buttons) =>
    buttons.map((b) => Number(/([\d,]+) entr(?:y|ies):/.exec(b.textContent?.trim() ?? '')?.[1]?.replace(/,/g, '') ?? NaN)),
  );
  const listed = counts.reduce((n, c) => n + c, 0);
  const more = 0;
  return { deleted: Number(m[1].replace(/,/g, '')), total: Number(m[2].replace(/,/g, '')), listed, more, text };
}

export interface StoredRecord {
  id: string;
  status: string;
  entries: Array<{ id: string }>;
  deletedIds: string[];
  failedIds: string[];
}

/**
 * The app's own per-id record of a deletion (IndexedDB `timekeeper/deletions`, what Deletion
 * history restores from), found by its entry ids. The app removes the record when nothing was
 * deleted, so `null` with `expectRecord: false` means "everything failed".
 */
export async function readDeletionRecord(page: Page, ids: string[]): Promise<StoredRecord | null> {
  const records = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('timekeeper', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('deletions', { keyPath: 'id' });
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('deletions', 'readonly').objectStore('deletions').getAll();
          get.onsuccess = () => (resolve(get.result as unknown[]), db.close());
          get.onerror = () => reject(get.error);
        };
      }),
  );
  const wanted = new Set(ids);
  const match = (records as StoredRecord[]).filter((r) => r.entries.length === ids.length && r.entries.every((e) => wanted.has(e.id)));
  return match.find((r) => r.status === 'done') ?? null;
}

export interface AuditRow {
  scenario: string;
  selected: number;
  deleted: number;
  failed: number;
  /** Reported deleted but still there, plus reported not deleted but gone. */
  lost: number;
  /** Gone although outside the selection. */
  wronglyDeleted: number;
  note: string;
}

/**
 * Compares what the UI reported with the API's truth. `before`/`after` are every entry of the
 * member (faults cleared); `selected` is the set the UI was asked to delete.
 */
export function audit(
  scenario: string,
  selected: string[],
  before: WireEntry[],
  after: WireEntry[],
  ui: UiReport,
  record: StoredRecord | null,
  note = '',
): AuditRow {
  const present = new Set(after.map((e) => e.id));
  const selectedSet = new Set(selected);
  const deletedIds = record?.deletedIds ?? [];
  const failedIds = record ? record.failedIds : selected; // no record: the app deleted nothing
  const lost = deletedIds.filter((id) => present.has(id)).length + failedIds.filter((id) => !present.has(id)).length;
  const wronglyDeleted = before.filter((e) => !present.has(e.id) && !selectedSet.has(e.id)).length;

  // The UI's numbers must be the record's numbers, and cover the whole selection.
  expect(ui.total, `${scenario}: N in the alert`).toBe(selected.length);
  expect(ui.deleted, `${scenario}: X in "Deleted X of N" = ids recorded deleted`).toBe(deletedIds.length);
  expect(deletedIds.length + failedIds.length, `${scenario}: every selected id reported once`).toBe(selected.length);
  expect([...deletedIds, ...failedIds].every((id) => selectedSet.has(id)), `${scenario}: report only names selected ids`).toBe(true);
  expect(ui.listed + ui.more, `${scenario}: the report's groups count every failure`).toBe(failedIds.length);
  return { scenario, selected: selected.length, deleted: deletedIds.length, failed: failedIds.length, lost, wronglyDeleted, note };
}

export function formatTable(rows: AuditRow[]): string {
  const head = ['scenario', 'selected', 'deleted', 'failed', 'lost', 'wrongly deleted', 'note'];
  const body = rows.map((r) => [r.scenario, r.selected, r.deleted, r.failed, r.lost, r.wronglyDeleted, r.note].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i > 0 && i < 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** `/sandbox/stats` with its per-status counts (the fixtures' type leaves `byStatus` out). */
export async function fullStats(sandbox: { stats(): Promise<unknown> }) {
  return (await sandbox.stats()) as { total: number; byRoute: Record<string, number>; byStatus: Record<string, number> };
}
