/**
 * Sandbox speed: median and p95 of fetching one 1,000-entry page out of ~100,000 entries.
 * Once with server/perf-probe.ts's `probeEntryPage` (its own in-memory server), once the same
 * way against the bench's file-backed server (what `npm start` runs on).
 */
import { probeEntryPage, type ProbeResult } from '../../server/perf-probe';
import { people, type BenchServer } from '../server';
import { median, percentile } from '../stats';

export interface SandboxResult {
  memory: ProbeResult;
  file: ProbeResult;
}

const PROBE = { entriesPerUser: 5_556, heavyEntries: 50_000, heavyEmail: 'haruto@northwind.example', pageSize: 1_000, samples: 60 };

async function probeFileServer(server: BenchServer): Promise<ProbeResult> {
  const reset = await server.reset({ seed: 42, entriesPerUser: PROBE.entriesPerUser, heavyUser: { email: PROBE.heavyEmail, entries: PROBE.heavyEntries } });
  const { member } = people(await server.demoKeys(), PROBE.heavyEmail);
  const times: number[] = [];
  for (let i = 0; i < PROBE.samples + 5; i++) {
    const page = 1 + (i % 10);
    const url = `${server.url}/api/v1/workspaces/${member.workspaceId}/user/${member.userId}/time-entries?page-size=${PROBE.pageSize}&page=${page}`;
    const started = performance.now();
    const res = await fetch(url, { headers: { 'X-Api-Key': member.apiKey } });
    const body = (await res.json()) as unknown[];
    const elapsed = performance.now() - started;
    if (body.length !== PROBE.pageSize) throw new Error(`sandbox probe: expected ${PROBE.pageSize} entries, got ${body.length}`);
    if (i >= 5) times.push(elapsed);
  }
  return { totalEntries: reset.entries, seedMs: reset.ms, medianMs: median(times), p95Ms: percentile(times, 0.95), samples: times.length };
}

export async function measureSandbox(server: BenchServer): Promise<SandboxResult> {
  const memory = await probeEntryPage(PROBE);
  const file = await probeFileServer(server);
  return { memory, file };
}
