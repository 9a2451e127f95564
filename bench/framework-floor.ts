/**
 * `npx tsx bench/framework-floor.ts [--size=10000] [--rounds=3]`: how fast React and Mantine
 * alone can show the first entry row on this machine, beside the shell floor. The framework
 * floor page (`framework-floor/`) fetches page 1 exactly as the shell floor does and renders its
 * first rows with React and Mantine — no router, query cache, schemas or app code. Both pages
 * are measured as the shell floor is (fresh context per run, after a warm-up), in interleaved
 * rounds. It tells how much of the console's first row is the design card's framework itself
 * and how much is the app on top; it asserts nothing.
 */
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { buildIfNeeded } from '../server/main';
import { launchBrowser } from './browser';
import { floorQuery, installShell, measureFloorPage, measureShellFloor } from './metrics/shell-floor';
import { flag } from './args';
import { BenchServer } from './server';
import { spread } from './stats';

const FLOOR_BASE = '/bench-framework-floor/';

async function buildFloorPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'timekeeper-framework-floor-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(import.meta.dirname, 'framework-floor'),
    base: FLOOR_BASE,
    plugins: [react()],
    build: { target: 'es2022', outDir: out, emptyOutDir: true },
  });
  return out;
}

async function main() {
  const size = Number(flag('size') ?? 10_000);
  const rounds = Number(flag('rounds') ?? 3);
  await buildIfNeeded();
  const floorDir = await buildFloorPage();
  const server = await BenchServer.start();
  const browser = await launchBrowser();
  try {
    installShell(server.distDir);
    cpSync(floorDir, join(server.distDir, FLOOR_BASE.slice(1, -1)), { recursive: true });
    const { owner, member, range } = await server.seedHeavyYear(size);
    const floorUrl = `${server.url}${FLOOR_BASE}index.html?${floorQuery(member, range)}`;
    const shell: number[] = [];
    const framework: number[] = [];
    for (let r = 0; r < rounds; r++) {
      shell.push(...(await measureShellFloor(browser, server.url, owner, member, range, 2)).runsMs);
      framework.push(...(await measureFloorPage(browser, server.url, owner, floorUrl, 2)).runsMs);
    }
    const s = spread(shell);
    const f = spread(framework);
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(`${size.toLocaleString('en-US')} entries; ${rounds} interleaved rounds of 2 cold runs each`);
    console.log(`Shell floor (plain DOM, all rows of page 1):       median ${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`);
    console.log(`Framework floor (React + Mantine, first 30 rows):  median ${ms(f.median)} (${ms(f.min)}–${ms(f.max)}) = ${(f.median / s.median).toFixed(2)}× the shell floor`);
    console.log(`The console's first-row target, 2.5× the shell floor: ${ms(2.5 * s.median)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
