/**
 * The plugin in the real build (not written): the entries route's first screen comes in one
 * chunk per set of sharing pages, and every other listed page loads exactly the modules it
 * loads without the grouping (the probe build, which TIMEKEEPER_CHUNK_PROBE asks for).
 */
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { staticClosure, type ChunkNode } from './route-chunks';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

async function chunksOf(probe: boolean): Promise<ChunkNode[]> {
  if (probe) process.env.TIMEKEEPER_CHUNK_PROBE = '1';
  try {
    const out = (await build({ root, configFile, logLevel: 'silent', build: { write: false } })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  } finally {
    delete process.env.TIMEKEEPER_CHUNK_PROBE;
  }
}

/** The module ids (and the file count) a page loads beyond the entry chunks. */
function firstScreen(chunks: ChunkNode[], module: string) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [...staticClosure(c, byFile)]));
  const page = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)))!;
  const files = [...staticClosure(page, byFile)].filter((f) => !initial.has(f));
  return { files: files.length, modules: new Set(files.flatMap((f) => byFile.get(f)!.moduleIds)) };
}

describe('routeChunks in the build', () => {
  it('groups the entries route and leaves every other page its own modules', async () => {
    const [plain, grouped] = [await chunksOf(true), await chunksOf(false)];
    const entries = '/src/app/routes/entries-page.tsx';
    expect(firstScreen(plain, entries).files).toBeGreaterThan(8);
    // connect, team timers, activity: at most one file per set of them sharing modules, and the route's own.
    expect(firstScreen(grouped, entries).files).toBeLessThanOrEqual(8);
    expect(firstScreen(grouped, entries).modules).toEqual(firstScreen(plain, entries).modules);
    for (const page of ['/src/app/routes/connect-page.tsx', '/src/app/routes/team-timers-page.tsx', '/src/app/routes/activity-route.tsx']) {
      expect(firstScreen(grouped, page).modules, page).toEqual(firstScreen(plain, page).modules);
    }
  }, 120_000);
});
