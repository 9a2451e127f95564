/**
 * `npx tsx bench/ab.ts --a=DIR --b=DIR [--size=10000] [--runs=10]`: two builds of the app, each
 * served by its own bench sandbox with the same seed, opened in turns — A, B, then B, A, and so
 * on (after one unmeasured warm-up of each) — so both see the machine in the same state. Prints
 * each one's median and min–max of the first row, the first row after page 1's response, and
 * all loaded. For a change worth less than the bench's run-to-run noise (±50 ms between whole
 * runs on this 2-core machine): `npm run bench -- --dist=…` twice measures the two builds
 * minutes apart. It asserts nothing.
 */
import { resolve } from 'node:path';
import { flag } from './args';
import { launchBrowser } from './browser';
import { openLoaded, type LoadRun } from './metrics/console-load';
import { BenchServer } from './server';
import { spread } from './stats';

async function main() {
  const [a, b] = [flag('a'), flag('b')];
  if (!a || !b) throw new Error('Usage: npx tsx bench/ab.ts --a=DIR --b=DIR [--size=10000] [--runs=10]');
  const size = Number(flag('size') ?? 10_000);
  const runs = Number(flag('runs') ?? 10);
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--size and --runs want whole numbers ≥ 1');

  const sides = [];
  for (const dist of [a, b]) {
    const server = await BenchServer.start(resolve(dist));
    sides.push({ dist, server, ...(await server.seedHeavyYear(size)), runs: [] as LoadRun[] });
  }
  const browser = await launchBrowser();
  try {
    for (let i = -1; i < runs; i++) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const { context, run } = await openLoaded(browser, { origin: side.server.url, viewer: side.owner, member: side.member, range: side.range, expected: size });
        await context.close();
        if (i >= 0) side.runs.push(run);
      }
    }
  } finally {
    await browser.close();
    for (const side of sides) await side.server.close();
  }

  const fmt = (values: number[]) => {
    const s = spread(values);
    return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  };
  console.log(`${size.toLocaleString('en-US')} entries, ${runs} runs each, alternating\n`);
  for (const [name, side] of [
    ['A', sides[0]],
    ['B', sides[1]],
  ] as const) {
    const after = side.runs.map((r) => r.firstRowAfterFirstPageMs).filter((v): v is number => v !== null);
    console.log(`${name} ${side.dist}`);
    console.log(`  first row:                 ${fmt(side.runs.map((r) => r.firstRowMs))}`);
    console.log(`  first row − page 1's end:  ${after.length ? fmt(after) : '—'}`);
    console.log(`  all loaded:                ${fmt(side.runs.map((r) => r.loadedMs))}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
