/**
 * `npx tsx bench/framework-floor.ts [--size=10000] [--rounds=3]`: how fast React and Mantine
 * alone can show the first entry row on this machine, beside the shell floor. The framework
 * floor page (`framework-floor/`) fetches page 1 exactly as the shell floor does and renders its
 * first rows with React and Mantine — no router, query cache, schemas or app code. Both pages
 * are measured as the shell floor is (fresh context per run, after a warm-up), in interleaved
 * rounds. It tells how much of the console's first row is the design card's framework itself
 * and how much is the app on top; it asserts nothing.
 *
 * It also weighs two floor builds' JavaScript (gzip, as the bench weighs the app's): the
 * framework floor page's, and the connect floor page's (`framework-floor/connect.tsx`: /connect's
 * first screen with React, Mantine, React Router and TanStack Query and no app code), beside
 * the 100 kB the issue allows /connect.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { buildIfNeeded } from '../server/main';
import { launchBrowser } from './browser';
import { gzipSize } from './metrics/bundle';
import { floorQuery, installShell, measureFloorPage, measureShellFloor } from './metrics/shell-floor';
import { flag } from './args';
import { BenchServer } from './server';
import { spread } from './stats';

const FLOOR_BASE = '/bench-framework-floor/';

async function buildFloorPage(page = 'index.html'): Promise<string> {
  const root = join(import.meta.dirname, 'framework-floor');
  const out = mkdtempSync(join(tmpdir(), 'timekeeper-framework-floor-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    base: FLOOR_BASE,
    plugins: [react()],
    build: { target: 'es2022', outDir: out, emptyOutDir: true, rollupOptions: { input: join(root, page) } },
  });
  return out;
}

/** Gzip bytes of every script a floor build wrote: all of them load with its one page. */
function jsGzip(dir: string): { kB: number; files: number } {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((n, f) => n + gzipSize(readFileSync(join(dir, 'assets', f))), 0);
  return { kB: bytes / 1000, files: files.length };
}

async function main() {
  const size = Number(flag('size') ?? 10_000);
  const rounds = Number(flag('rounds') ?? 3);
  await buildIfNeeded();
  const floorDir = await buildFloorPage();
  const connectDir = await buildFloorPage('connect.html');
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
    const kB = ({ kB, files }: { kB: number; files: number }) => `${kB.toFixed(1)} kB gzip in ${files} file${files === 1 ? '' : 's'}`;
    console.log(`JS of the framework floor page (React + Mantine):  ${kB(jsGzip(floorDir))}`);
    console.log(`JS of the connect floor page (/connect's first screen with React, Mantine, React Router and TanStack Query alone): ${kB(jsGzip(connectDir))}; the target for /connect is 100 kB`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
    rmSync(connectDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
