/**
 * Sandbox speed: median and p95 of fetching one 1,000-entry page out of ~100,000 entries.
 * The one probe (server/perf-probe.ts), run twice: on its own in-memory server, and against the
 * bench's file-backed server (what `npm start` runs on).
 */
import { probeEntryPage, probeEntryPageAt, type ProbeResult } from '../../server/perf-probe';
import type { BenchServer } from '../server';

export interface SandboxResult {
  memory: ProbeResult;
  file: ProbeResult;
}

const PROBE = { seed: 42, entriesPerUser: 5_556, heavyEntries: 50_000, heavyEmail: 'haruto@northwind.example', pageSize: 1_000, samples: 60 };

export async function measureSandbox(server: BenchServer): Promise<SandboxResult> {
  const memory = await probeEntryPage(PROBE);
  const file = await probeEntryPageAt(server.url, PROBE);
  return { memory, file };
}
