/**
 * Send "Stop N timers": one PATCH per member, one after the other, each through the stop
 * routine (the client's rate limiter and retry policy apply). Cancel stops sending what has
 * not gone out yet; the stop already on the wire finishes and is reported truly.
 */
import type { TimeEntry } from '../../clockify/schemas';
import { stopAt, type StopDeps, type StopResult } from './stop-routine';

export interface BulkStopItem {
  entry: TimeEntry;
  end: Date;
}

export type BulkStopOutcome = StopResult | { kind: 'cancelled'; end: Date };

export async function runBulkStop(
  items: BulkStopItem[],
  deps: StopDeps,
  opts: { signal?: AbortSignal; onProgress?(sent: number, total: number): void; onResult?(entryId: string, outcome: BulkStopOutcome): void } = {},
): Promise<Map<string, BulkStopOutcome>> {
  const results = new Map<string, BulkStopOutcome>();
  for (const [i, item] of items.entries()) {
    if (opts.signal?.aborted) {
      const cancelled = { kind: 'cancelled' as const, end: item.end };
      results.set(item.entry.id, cancelled);
      opts.onResult?.(item.entry.id, cancelled);
      continue;
    }
    opts.onProgress?.(i + 1, items.length);
    const result = await stopAt(deps, item.entry, item.end);
    results.set(item.entry.id, result);
    opts.onResult?.(item.entry.id, result);
  }
  return results;
}
