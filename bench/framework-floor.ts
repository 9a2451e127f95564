/**
 * `npx tsx bench/framework-floor.ts [--size=10000] [--rounds=3]`: how fast React and Mantine
 * alone can show the first entry row on this machine, beside the shell floor. The framework
 * floor page (`framework-floor/`) fetches page 1 exactly as the shell floor does and renders its
 * first rows with React and Mantine — no router, query cache, schemas or app code. Both pages
 * are measured as the shell floor is (fresh context per run, after a warm-up), in interleaved
 * rounds. It tells how much of the console's first row is the design card's framework itself
 * and how much is the app on top; it asserts nothing.
 *
 * It also weighs three floor builds' JavaScript (gzip, as the bench weighs the app's), beside
 * the budgets of the issue "Open fast": the framework floor page's; the connect floor page's
 * (`framework-floor/connect.tsx`: /connect's first screen with React, Mantine, React Router and
 * TanStack Query and no app code), beside the 100 kB allowed for /connect; and the entries floor
 * page's (`framework-floor/entries.tsx`: the entries page's first screen and, loaded later, its
 * range form, selects and menu, with the stack alone), beside the 150 kB allowed for it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    build: { target: 'es2022', outDir: out, emptyOutDir: true, manifest: true, rollupOptions: { input: join(root, page) } },
  });
  return out;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

interface Weight {
  kB: number;
  files: number;
}

/**
 * Gzip bytes of a floor build's scripts: those its page loads at once (the entry and its static
 * imports) and all of them (with what it imports later, as the app loads its deferred controls).
 */
function jsGzip(dir: string): { first: Weight; all: Weight } {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const weigh = (keys: Iterable<string>): Weight => {
    const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
    return { kB: files.reduce((n, f) => n + gzipSize(readFileSync(join(dir, f))), 0) / 1000, files: files.length };
  };
  const first = new Set<string>();
  const visit = (key: string) => {
    if (first.has(key)) return;
    first.add(key);
    manifest[key].imports?.forEach(visit);
  };
  Object.keys(manifest).filter((k) => manifest[k].isEntry).forEach(visit);
  return { first: weigh(first), all: weigh(Object.keys(manifest)) };
}

async function main() {
  const size = Number(flag('size') ?? 10_000);
  const rounds = Number(flag('rounds') ?? 3);
  await buildIfNeeded();
  const floorDir = await buildFloorPage();
  const connectDir = await buildFloorPage('connect.html');
  const entriesDir = await buildFloorPage('entries.html');
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
    const kB = ({ kB, files }: Weight) => `${kB.toFixed(1)} kB gzip in ${files} file${files === 1 ? '' : 's'}`;
    console.log(`JS of the framework floor page (React + Mantine):  ${kB(jsGzip(floorDir).all)}`);
    console.log(`JS of the connect floor page (/connect's first screen, the stack alone): ${kB(jsGzip(connectDir).first)}; the target for /connect is 100 kB`);
    const entries = jsGzip(entriesDir);
    console.log(`JS of the entries floor page (the entries page, the stack alone): ${kB(entries.first)} before the first row, ${kB(entries.all)} with its deferred controls; the target for the entries page is 150 kB`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
    rmSync(connectDir, { recursive: true, force: true });
    rmSync(entriesDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
