/**
 * The data floor: from a page on the app's origin, plain `fetch` + `JSON.parse` of every page
 * of the range (page-size 1000, same query as the app, following `last-page`). No UI can be
 * faster than this on the same machine.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import type { DemoKey } from '../server';
import { listPath, PAGE_SIZE, type Range } from '../scenario';
import { median, spread } from '../stats';

export interface DataFloor {
  runsMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  entries: number;
  pages: number;
}

interface FloorArg {
  path: string;
  start: string;
  end: string;
  pageSize: number;
  apiKey: string;
}

/** Runs in the page. */
async function fetchAllPages({ path, start, end, pageSize, apiKey }: FloorArg): Promise<{ ms: number; entries: number; pages: number }> {
  const t0 = performance.now();
  let entries = 0;
  let page = 1;
  for (; page < 10_000; page++) {
    const qs = new URLSearchParams({ start, end, page: String(page), 'page-size': String(pageSize) });
    const res = await fetch(`${path}?${qs}`, { headers: { 'X-Api-Key': apiKey }, credentials: 'omit' });
    if (!res.ok) throw new Error(`page ${page}: HTTP ${res.status}`);
    const items = JSON.parse(await res.text()) as unknown[];
    entries += items.length;
    if (res.headers.get('last-page') === 'true' || items.length < pageSize) break;
  }
  return { ms: performance.now() - t0, entries, pages: page };
}

export async function measureDataFloor(browser: Browser, origin: string, viewer: DemoKey, member: DemoKey, range: Range, runs = 3): Promise<DataFloor> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/favicon.svg`);
    const arg: FloorArg = { path: `${origin}${listPath(member)}`, start: `${range.from}T00:00:00Z`, end: `${range.to}T23:59:59Z`, pageSize: PAGE_SIZE, apiKey: viewer.apiKey };
    await page.evaluate(fetchAllPages, arg); // warm-up: connection, JIT, SQLite page cache
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(fetchAllPages, arg));
    const counts = new Set(results.map((r) => r.entries));
    if (counts.size !== 1) throw new Error(`data floor: entry counts differ between runs (${[...counts].join(', ')})`);
    const runsMs = results.map((r) => r.ms);
    const { min, max } = spread(runsMs);
    return { runsMs, medianMs: median(runsMs), minMs: min, maxMs: max, entries: results[0].entries, pages: results[0].pages };
  } finally {
    await context.close();
  }
}
