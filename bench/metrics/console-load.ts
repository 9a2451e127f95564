/**
 * The console's own load: navigation start → first entry row visible, and → every entry of the
 * range loaded with totals shown. A fresh browser context (cold HTTP cache, empty storage) per
 * run, one unmeasured warm-up run, then the median of 3.
 * The last run also counts DOM rows, reads the JS heap, the "Select all N matching" offer,
 * scrolls the list top to bottom, then scrolls like a brisk mouse wheel from the top.
 */
import type { Browser, Page, Response } from '@playwright/test';
import { freshPage, jsHeapUsed } from '../browser';
import type { DemoKey } from '../server';
import { entriesPath, type Range } from '../scenario';
import { median, spread, type Spread } from '../stats';
import { installLoadProbe, type LoadProbe, type ProbeWindow } from './load-probe';
import { countRows, measureScroll, WHEEL_FRAMES, WHEEL_STEP_PX, type ScrollResult } from './scroll';

export interface LoadRun {
  firstRowMs: number;
  loadedMs: number;
  firstPageResponseEndMs: number | null;
  /** First row visible minus the end of the first page's response. */
  firstRowAfterFirstPageMs: number | null;
  summary: string;
  pages: number;
  /** Sum over pages of (next request start − this response end): client work between pages. */
  betweenPagesMs: number;
  /** Sum of request start → response end over the list pages. */
  inFlightMs: number;
}

export interface ConsoleLoad {
  runs: LoadRun[];
  firstRowMs: number;
  loadedMs: number;
  firstRowAfterFirstPageMs: number;
  /** The same three figures with their min–max over the runs. */
  firstRow: Spread;
  loaded: Spread;
  firstRowAfterFirstPage: Spread;
  betweenPagesMs: number;
  inFlightMs: number;
  rowsAfterLoad: number;
  heapBytes: number;
  /** What the "Select all N matching" button offers (null when the button is not shown). */
  selectableOffered: number | null;
  scroll: ScrollResult;
  wheel: ScrollResult;
}

export interface LoadedAssets {
  /** `beforeFirstRow`: asked for before the first row showed (entries page only). */
  js: { url: string; bytes: number; encodedBytes: number; beforeFirstRow?: boolean }[];
  css: { url: string; bytes: number; encodedBytes: number }[];
}

export interface LoadOptions {
  browser: Browser;
  origin: string;
  viewer: DemoKey;
  member: DemoKey;
  range: Range;
  expected: number;
  runs?: number;
  /** Record the JS/CSS the first run loads. */
  recordAssets?: (assets: LoadedAssets) => void;
}

const LOAD_TIMEOUT_MS = 300_000;

/** What to open: the entries link of `member`'s `range`, as `viewer`, expecting `expected` entries. */
export type LoadTarget = Pick<LoadOptions, 'origin' | 'viewer' | 'member' | 'range' | 'expected'>;

/** Opens the entries page and waits until the range is complete; the page stays open. */
export async function openLoaded(browser: Browser, o: LoadTarget, onResponse?: (r: Response) => void) {
  const { context, page } = await freshPage(browser, { origin: o.origin, apiKey: o.viewer.apiKey });
  try {
    await context.addInitScript(installLoadProbe, o.expected);
    if (onResponse) page.on('response', onResponse);
    return { context, page, run: await visitLoaded(page, o) };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Navigates `page` (its context has the load probe) to the entries link and waits until the range is complete. */
export async function visitLoaded(page: Page, o: LoadTarget): Promise<LoadRun> {
  await page.goto(`${o.origin}${entriesPath(o.member, o.range)}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchLoad?.loadedFrame != null, undefined, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 100,
  });
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchLoad?.firstRowFrame != null, undefined, { timeout: 10_000 });
  const probe = (await page.evaluate(() => (window as unknown as ProbeWindow).__benchLoad)) as LoadProbe;
  return {
    firstRowMs: probe.firstRowFrame!,
    loadedMs: probe.loadedFrame!,
    firstPageResponseEndMs: probe.firstPageResponseEnd,
    firstRowAfterFirstPageMs: probe.firstPageResponseEnd === null ? null : probe.firstRowFrame! - probe.firstPageResponseEnd,
    summary: probe.summary ?? '',
    ...pageTimes(probe),
  };
}

function pageTimes(probe: LoadProbe): Pick<LoadRun, 'pages' | 'betweenPagesMs' | 'inFlightMs'> {
  const pages = [...probe.pages].sort((a, b) => a.start - b.start);
  let between = 0;
  for (let i = 1; i < pages.length; i++) between += Math.max(0, pages[i].start - pages[i - 1].end);
  return { pages: pages.length, betweenPagesMs: between, inFlightMs: pages.reduce((n, p) => n + (p.end - p.start), 0) };
}

export async function assetsFrom(responses: Response[]): Promise<LoadedAssets> {
  const assets: LoadedAssets = { js: [], css: [] };
  for (const r of responses) {
    const path = new URL(r.url()).pathname;
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
    if (!kind || !r.ok()) continue;
    const body = await r.body();
    const sizes = await r.request().sizes();
    assets[kind].push({ url: path, bytes: body.length, encodedBytes: sizes.responseBodySize });
  }
  return assets;
}

/** Parses "Select all 1,234 matching" (or "1,234+" while loading). */
async function selectableOffered(page: Page): Promise<number | null> {
  const button = page.getByRole('button', { name: /^Select all [\d,]+\+? matching$/ });
  if ((await button.count()) === 0) return null;
  const text = (await button.first().textContent()) ?? '';
  return Number(/([\d,]+)/.exec(text)?.[1].replace(/,/g, '') ?? Number.NaN);
}

export async function measureConsoleLoad(o: LoadOptions): Promise<ConsoleLoad> {
  const runs: LoadRun[] = [];
  const total = o.runs ?? 3;
  let extras: Omit<ConsoleLoad, 'runs' | 'firstRowMs' | 'loadedMs' | 'firstRowAfterFirstPageMs' | 'firstRow' | 'loaded' | 'firstRowAfterFirstPage' | 'betweenPagesMs' | 'inFlightMs'> | null = null;
  // Run -1 warms the browser (the first context of a fresh Chromium is much slower) and the
  // server's statement cache; it is not counted. It also records the assets the page loads.
  for (let i = -1; i < total; i++) {
    const responses: Response[] = [];
    const record = i === -1 && o.recordAssets ? (r: Response) => void responses.push(r) : undefined;
    const { context, page, run } = await openLoaded(o.browser, o, record);
    try {
      if (i >= 0) runs.push(run);
      if (record && o.recordAssets) {
        // Everything the page fetches on its own counts, also what it loads once idle after the
        // range is in (the deferred controls): wait for the network to go quiet first.
        await page.waitForLoadState('networkidle');
        const assets = await assetsFrom(responses);
        const asked = new Map(
          await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime] as [string, number])),
        );
        for (const f of assets.js) f.beforeFirstRow = (asked.get(f.url) ?? Infinity) < run.firstRowMs;
        o.recordAssets(assets);
      }
      if (i === total - 1) {
        const rowsAfterLoad = await countRows(page);
        const heapBytes = await jsHeapUsed(page);
        const offered = await selectableOffered(page);
        const scroll = await measureScroll(page);
        const wheel = await measureScroll(page, { stepPx: WHEEL_STEP_PX, maxFrames: WHEEL_FRAMES });
        extras = { rowsAfterLoad, heapBytes, selectableOffered: offered, scroll, wheel };
      }
    } finally {
      await context.close();
    }
  }
  const afterFirstPage = runs.map((r) => r.firstRowAfterFirstPageMs).filter((v): v is number => v !== null);
  return {
    runs,
    firstRowMs: median(runs.map((r) => r.firstRowMs)),
    loadedMs: median(runs.map((r) => r.loadedMs)),
    firstRowAfterFirstPageMs: median(afterFirstPage),
    firstRow: spread(runs.map((r) => r.firstRowMs)),
    loaded: spread(runs.map((r) => r.loadedMs)),
    firstRowAfterFirstPage: spread(afterFirstPage),
    betweenPagesMs: median(runs.map((r) => r.betweenPagesMs)),
    inFlightMs: median(runs.map((r) => r.inFlightMs)),
    ...extras!,
  };
}
