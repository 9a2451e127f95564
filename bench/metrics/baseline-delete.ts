/**
 * The naive baseline: one `DELETE /api/v1/workspaces/{wid}/time-entries/{id}` per entry,
 * sequential, with fetch from a page on the app's origin, on an identically seeded data set.
 * Above `cap` entries only the first `cap` are timed and the rest extrapolated linearly.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import { SINGLE_DELETE_ROUTE, type BenchServer, type DemoKey } from '../server';
import type { Range } from '../scenario';

export const BASELINE_CAP = 10_000;
export const BASELINE_SAMPLE = 5_000;

export interface BaselineResult {
  entries: number;
  timedEntries: number;
  extrapolated: boolean;
  /** Requests for all `entries` (measured, or = entries when extrapolated). */
  requests: number;
  measuredRequests: number;
  failures: number;
  /** Wall time for all `entries` (measured, or extrapolated). */
  wallMs: number;
  measuredMs: number;
}

interface DeleteArg {
  base: string;
  ids: string[];
  apiKey: string;
}

/** Runs in the page. */
async function deleteOneByOne({ base, ids, apiKey }: DeleteArg): Promise<{ ms: number; failures: number }> {
  const t0 = performance.now();
  let failures = 0;
  for (const id of ids) {
    const res = await fetch(`${base}/${id}`, { method: 'DELETE', headers: { 'X-Api-Key': apiKey }, credentials: 'omit' });
    if (res.status !== 204) failures++;
    await res.arrayBuffer();
  }
  return { ms: performance.now() - t0, failures };
}

export interface BaselineOptions {
  browser: Browser;
  server: BenchServer;
  viewer: DemoKey;
  member: DemoKey;
  range: Range;
}

export async function measureBaselineDelete(o: BaselineOptions): Promise<BaselineResult> {
  const all = await o.server.entries(o.member, o.viewer.apiKey, { start: `${o.range.from}T00:00:00Z`, end: `${o.range.to}T23:59:59Z` });
  const deletable = all.filter((e) => !e.isLocked && e.timeInterval.end !== null);
  const extrapolated = deletable.length > BASELINE_CAP;
  const timed = extrapolated ? deletable.slice(0, BASELINE_SAMPLE) : deletable;
  const { context, page } = await freshPage(o.browser);
  try {
    await page.goto(`${o.server.url}/favicon.svg`);
    await o.server.resetStats();
    const r = await page.evaluate(deleteOneByOne, {
      base: `${o.server.url}/api/v1/workspaces/${o.member.workspaceId}/time-entries`,
      ids: timed.map((e) => e.id),
      apiKey: o.viewer.apiKey,
    });
    const measuredRequests = (await o.server.stats()).byRoute[SINGLE_DELETE_ROUTE] ?? 0;
    const scale = deletable.length / Math.max(1, timed.length);
    return {
      entries: deletable.length,
      timedEntries: timed.length,
      extrapolated,
      requests: extrapolated ? Math.round(measuredRequests * scale) : measuredRequests,
      measuredRequests,
      failures: r.failures,
      wallMs: r.ms * scale,
      measuredMs: r.ms,
    };
  } finally {
    await context.close();
  }
}
