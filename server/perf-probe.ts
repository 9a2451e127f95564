/**
 * Performance smoke, not a test: seeds ~100,000 entries (one member with 50,000) and prints
 * the median and p95 of fetching a 1,000-entry page for that member over real HTTP.
 * `npx tsx server/perf-probe.ts` — bench/ scripts can reuse `probeEntryPage`.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { startServer } from './main';
import type { DemoKey } from './sandbox/store';

export interface ProbeResult {
  totalEntries: number;
  seedMs: number;
  medianMs: number;
  p95Ms: number;
  samples: number;
}

export interface ProbeOptions {
  /** Seed of the reset (the sandbox's default when omitted). */
  seed?: number;
  entriesPerUser?: number;
  heavyEntries?: number;
  heavyEmail?: string;
  pageSize?: number;
  samples?: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * The one page probe (the bench uses it too): reseeds the sandbox at `baseUrl` with a heavy
 * member, then times fetching `pageSize`-entry pages of that member over HTTP.
 */
export async function probeEntryPageAt(baseUrl: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { seed, entriesPerUser = 5_556, heavyEntries = 50_000, heavyEmail = 'haruto@northwind.example', pageSize = 1_000, samples = 60 } = options;
  const reset = await fetch(`${baseUrl}/sandbox/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...(seed === undefined ? {} : { seed }), entriesPerUser, heavyUser: { email: heavyEmail, entries: heavyEntries } }),
  }).then((r) => r.json() as Promise<{ entries: number; ms: number }>);
  const keys = (await fetch(`${baseUrl}/sandbox/demo-keys`).then((r) => r.json())) as DemoKey[];
  const heavy = keys.find((k) => k.email === heavyEmail);
  if (!heavy) throw new Error(`sandbox probe: no demo person ${heavyEmail}`);
  const times: number[] = [];
  for (let i = 0; i < samples + 5; i++) {
    const page = 1 + (i % 10);
    const url = `${baseUrl}/api/v1/workspaces/${heavy.workspaceId}/user/${heavy.userId}/time-entries?page-size=${pageSize}&page=${page}`;
    const started = performance.now();
    const res = await fetch(url, { headers: { 'X-Api-Key': heavy.apiKey } });
    const body = (await res.json()) as unknown[];
    const elapsed = performance.now() - started;
    if (body.length !== pageSize) throw new Error(`sandbox probe: expected ${pageSize} entries, got ${body.length}`);
    if (i >= 5) times.push(elapsed); // the first few warm up JIT and statement caches
  }
  times.sort((a, b) => a - b);
  return { totalEntries: reset.entries, seedMs: reset.ms, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), samples: times.length };
}

/** `probeEntryPageAt` against a fresh in-memory server of its own. */
export async function probeEntryPage(options: ProbeOptions = {}): Promise<ProbeResult> {
  const server = await startServer({ port: 0, host: '127.0.0.1', dbPath: ':memory:', serveApp: false, log: false, controlsOverride: true });
  try {
    return await probeEntryPageAt(server.url, options);
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await probeEntryPage();
  console.log(`seeded ${r.totalEntries} entries in ${r.seedMs} ms`);
  console.log(`1,000-entry page over HTTP: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (${r.samples} samples)`);
}
