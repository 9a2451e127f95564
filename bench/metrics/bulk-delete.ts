/**
 * Bulk delete through the UI: select all matching, confirm (typing N above 100), then time
 * from the click on "Delete now" to the result alert "Deleted X of N", in the page's clock.
 * Requests are counted by the sandbox (stats reset just before the click).
 */
import type { Browser } from '@playwright/test';
import { BULK_DELETE_ROUTE, type BenchServer, type DemoKey } from '../server';
import { listQuery, listPath, type Range } from '../scenario';
import { openLoaded } from './console-load';

export interface BulkDeleteResult {
  selectable: number;
  deleted: number;
  ofTotal: number;
  deleteRequests: number;
  allApiRequests: number;
  wallMs: number;
  remainingAfter: number;
}

interface DeleteProbe {
  clickAt: number | null;
  doneAt: number | null;
  title: string | null;
}

interface DeleteWindow {
  __benchDelete?: DeleteProbe;
}

/** Runs in the page: capture-phase click on "Delete now" → first result alert title in the DOM. */
function armDeleteProbe(): void {
  const probe: DeleteProbe = { clickAt: null, doneAt: null, title: null };
  (window as unknown as DeleteWindow).__benchDelete = probe;
  window.addEventListener(
    'click',
    (ev) => {
      const button = (ev.target as Element | null)?.closest('button');
      if (probe.clickAt === null && button?.textContent?.trim() === 'Delete now') probe.clickAt = performance.now();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (probe.clickAt === null) return;
    for (const el of document.querySelectorAll('.mantine-Alert-title')) {
      const text = el.textContent?.trim() ?? '';
      if (/^Deleted [\d,]+ of [\d,]+$/.test(text)) {
        probe.doneAt = performance.now();
        probe.title = text;
        observer.disconnect();
        return;
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

const num = (s: string) => Number(s.replace(/,/g, ''));

export interface BulkDeleteOptions {
  browser: Browser;
  server: BenchServer;
  viewer: DemoKey;
  member: DemoKey;
  range: Range;
  expected: number;
}

export async function measureBulkDelete(o: BulkDeleteOptions): Promise<BulkDeleteResult> {
  const { context, page } = await openLoaded(o.browser, { origin: o.server.url, ...o });
  try {
    const selectAll = page.getByRole('button', { name: /^Select all [\d,]+ matching$/ });
    const offered = num(/([\d,]+)/.exec((await selectAll.textContent()) ?? '')?.[1] ?? 'NaN');
    await selectAll.click();
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: /^Delete [\d,]+ time entr/ });
    await dialog.waitFor({ timeout: 120_000 });
    const confirmField = dialog.getByRole('textbox', { name: /^Type \d+ to confirm$/ });
    if ((await confirmField.count()) > 0) {
      const label = (await dialog.getByText(/^Type \d+ to confirm$/).textContent()) ?? '';
      await confirmField.fill(/(\d+)/.exec(label)?.[1] ?? '');
    }
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const deleteNow = page.getByRole('button', { name: 'Delete now' });
    await deleteNow.waitFor({ timeout: 120_000 });
    await page.evaluate(armDeleteProbe);
    await o.server.resetStats();
    await deleteNow.click();
    await page.waitForFunction(() => (window as unknown as DeleteWindow).__benchDelete?.doneAt != null, undefined, {
      timeout: 900_000,
      polling: 200,
    });
    const probe = (await page.evaluate(() => (window as unknown as DeleteWindow).__benchDelete)) as DeleteProbe;
    const stats = await o.server.stats();
    const [, deleted, ofTotal] = /^Deleted ([\d,]+) of ([\d,]+)$/.exec(probe.title ?? '') ?? [];
    const remaining = await page.evaluate(
      async ({ url, key }) => ((await (await fetch(url, { headers: { 'X-Api-Key': key } })).json()) as unknown[]).length,
      { url: `${o.server.url}${listPath(o.member)}?${listQuery(o.range, 1)}`, key: o.viewer.apiKey },
    );
    return {
      selectable: offered,
      deleted: num(deleted ?? 'NaN'),
      ofTotal: num(ofTotal ?? 'NaN'),
      deleteRequests: stats.byRoute[BULK_DELETE_ROUTE] ?? 0,
      allApiRequests: stats.total,
      wallMs: probe.doneAt! - probe.clickAt!,
      remainingAfter: remaining,
    };
  } finally {
    await context.close();
  }
}
