/**
 * `npm run bench [-- --sizes=1000,10000]`: the performance benchmark of Timekeeper Console.
 * Builds the app if needed, starts its own sandbox (free port, temporary SQLite file), drives
 * Debian's Chromium through Playwright, prints one row per figure with its target and writes
 * bench/results.json. Missed targets are reported, not fatal; real errors exit non-zero.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from '../server/main';
import { parseArgs } from './args';
import { launchBrowser } from './browser';
import { measureBaselineDelete } from './metrics/baseline-delete';
import { measureBulkDelete } from './metrics/bulk-delete';
import { measureBundle, sizedFromDist } from './metrics/bundle';
import { measureConnectAssets } from './metrics/connect-load';
import { measureConsoleLoad, type LoadedAssets } from './metrics/console-load';
import { measureDataFloor } from './metrics/data-floor';
import { measureRepeatVisit } from './metrics/repeat-visit';
import { measureSandbox } from './metrics/sandbox';
import { measureShellFloor } from './metrics/shell-floor';
import { measureStopTimer } from './metrics/stop-timer';
import { measureTeamLoad } from './metrics/team-load';
import { buildRows, formatTable, summarizeMisses } from './report';
import { BenchServer, people } from './server';
import { HEAVY_EMAIL, unlockedSeed, yearRange, yearSeed } from './scenario';
import type { BenchResults, LoadedAssetSizes, SizeResults } from './types';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function loadedAssetSizes(a: LoadedAssets, distDir: string): LoadedAssetSizes {
  const transferred = (list: LoadedAssets['js']) => list.reduce((n, f) => n + f.encodedBytes, 0);
  return {
    js: { ...sizedFromDist(a.js.map((f) => f.url), distDir), transferred: transferred(a.js) },
    css: { ...sizedFromDist(a.css.map((f) => f.url), distDir), transferred: transferred(a.css) },
    ...(a.js.some((f) => f.beforeFirstRow !== undefined) && {
      jsBeforeFirstRow: sizedFromDist(a.js.filter((f) => f.beforeFirstRow).map((f) => f.url), distDir),
    }),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.dist && (await buildIfNeeded())) log('app built');
  const server = await BenchServer.start(args.dist ? resolve(args.dist) : undefined);
  const browser = await launchBrowser();
  log(`sandbox on ${server.url} (SQLite file in ${server.dbDir}); Chromium ${browser.version()}; sizes ${args.sizes.join(', ')}`);
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: browser.version(), platform: `${process.platform}-${process.arch}` },
    sizes: args.sizes,
    dist: args.dist ?? 'dist',
    perSize: [],
    errors: [],
  };
  async function section<T>(name: string, fn: () => Promise<T> | T): Promise<T | undefined> {
    log(`${name}…`);
    try {
      return await fn();
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      results.errors.push(`${name}: ${message}`);
      console.error(`[bench] ERROR in ${name}: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
      return undefined;
    }
  }

  try {
    results.bundle = await section('bundle sizes', () => measureBundle(server.distDir));
    results.connectAssets = await section('connect page assets', async () => loadedAssetSizes(await measureConnectAssets(browser, server.url), server.distDir));
    results.teamLoad = await section('Team timers link ×3', () => measureTeamLoad(browser, server));
    if (!args.loadOnly) results.stopTimer = await section('stop timer ×5', () => measureStopTimer(browser, server));

    for (const n of args.sizes) {
      const reset = await section(`N=${n}: seed 365 days`, () => server.reset(yearSeed(n)));
      const { owner, member } = people(await server.demoKeys(), HEAVY_EMAIL);
      const range = yearRange(member.timeZone);
      const s: SizeResults = { n, member: member.email, range, seedMs: reset?.ms ?? null };
      results.perSize.push(s);
      if (!reset) continue;

      s.shell = await section(`N=${n}: shell floor ×3`, () => measureShellFloor(browser, server.url, owner, member, range));
      s.floor = await section(`N=${n}: data floor ×3`, () => measureDataFloor(browser, server.url, owner, member, range));
      if (s.floor && s.floor.entries !== n) results.errors.push(`N=${n}: the range holds ${s.floor.entries} entries, expected ${n}`);
      s.load = await section(`N=${n}: console load ×3 + rows, heap, scroll`, () =>
        measureConsoleLoad({
          browser,
          origin: server.url,
          viewer: owner,
          member,
          range,
          expected: s.floor?.entries ?? n,
          recordAssets: results.loadedAssets ? undefined : (a) => (results.loadedAssets = loadedAssetSizes(a, server.distDir)),
        }),
      );

      s.repeat = await section(`N=${n}: repeat visit ×3 (after 2)`, () => measureRepeatVisit(browser, { origin: server.url, viewer: owner, member, range, expected: s.floor?.entries ?? n }));

      if (args.loadOnly) continue;
      s.bulkDelete = await section(`N=${n}: bulk delete via UI (29-day set)`, async () => {
        await server.reset(unlockedSeed(n));
        const inRange = await server.entries(member, owner.apiKey, { start: `${range.from}T00:00:00Z`, end: `${range.to}T23:59:59Z` });
        return measureBulkDelete({ browser, server, viewer: owner, member, range, expected: inRange.length });
      });
      s.baseline = await section(`N=${n}: baseline one DELETE per entry (29-day set)`, async () => {
        await server.reset(unlockedSeed(n));
        return measureBaselineDelete({ browser, server, viewer: owner, member, range });
      });
    }

    if (!args.loadOnly) results.sandbox = await section('sandbox page timing', () => measureSandbox(server));
  } finally {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }

  results.finishedAt = new Date().toISOString();
  results.durationMs = Math.round(performance.now() - started);
  results.rows = buildRows(results);
  const file = join(BENCH_DIR, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  console.log('');
  console.log(formatTable(results.rows));
  console.log('');
  console.log(summarizeMisses(results.rows));
  console.log(`Results: ${file} · ${(results.durationMs / 1000).toFixed(0)} s on ${results.machine.cpus} CPUs, Chromium ${results.machine.chromium}`);
  if (results.errors.length) {
    console.error(`\n${results.errors.length} error(s):\n- ${results.errors.join('\n- ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
