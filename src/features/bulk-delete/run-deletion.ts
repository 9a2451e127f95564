/**
 * Sends the DELETE chunks and decides, for every id, what really happened. The arrays
 * Clockify returns are the truth; where an answer is missing (a dropped connection, a 5xx
 * after retries) or leaves ids out, the ids are looked up again before anything is called
 * deleted or failed. Nothing is reported deleted that is not gone, nor failed that is gone.
 */
import { ClockifyError, describeError, stopsTheBatch } from '../../clockify/errors';

export interface DeletionDeps {
  /** One DELETE request; resolves with the ids Clockify says it deleted. */
  deleteChunk(ids: string[]): Promise<string[]>;
  /** Which of these ids still exist. Throws when it can't tell. */
  stillExisting(ids: string[]): Promise<Set<string>>;
}

export interface DeletionProgress {
  total: number;
  processed: number;
  deleted: number;
  failed: number;
  chunksDone: number;
  chunksTotal: number;
}

export interface DeletionFailure {
  id: string;
  reason: string;
}

export interface DeletionResult {
  deleted: string[];
  /** Still exists: Clockify refused or the request failed. */
  failed: DeletionFailure[];
  /** The answer was lost and the check failed too: may or may not be deleted. */
  unconfirmed: DeletionFailure[];
  /** Never sent (cancelled, or stopped after a permission error). */
  notSent: string[];
  cancelled: boolean;
}


export async function runDeletion(
  chunks: string[][],
  deps: DeletionDeps,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (p: DeletionProgress) => void } = {},
): Promise<DeletionResult> {
  const result: DeletionResult = { deleted: [], failed: [], unconfirmed: [], notSent: [], cancelled: false };
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const report = (chunksDone: number) =>
    onProgress?.({
      total,
      processed: result.deleted.length + result.failed.length + result.unconfirmed.length + result.notSent.length,
      deleted: result.deleted.length,
      failed: result.failed.length + result.unconfirmed.length,
      chunksDone,
      chunksTotal: chunks.length,
    });

  /** Look the ids up again; gone → deleted, present → failed with `reason`. */
  async function settle(ids: string[], reason: string) {
    try {
      const existing = await deps.stillExisting(ids);
      for (const id of ids) {
        if (existing.has(id)) result.failed.push({ id, reason });
        else result.deleted.push(id);
      }
    } catch (e) {
      const why = `${reason} Checking whether it was deleted failed too (${describeError(e, 'check').replace(/^Could not check: /, '')}) — retry to be sure.`;
      for (const id of ids) result.unconfirmed.push({ id, reason: why });
    }
  }

  let stopReason: string | null = null;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (stopReason || signal?.aborted) {
      result.cancelled ||= !!signal?.aborted && !stopReason;
      if (stopReason) chunk.forEach((id) => result.failed.push({ id, reason: stopReason! }));
      else result.notSent.push(...chunk);
      report(i + 1);
      continue;
    }
    try {
      const reported = new Set(await deps.deleteChunk(chunk));
      const missing: string[] = [];
      for (const id of chunk) {
        if (reported.has(id)) result.deleted.push(id);
        else missing.push(id);
      }
      // Left out of the answer: refused (locked, no right) — or deleted by an earlier attempt
      // whose answer was lost. Only a fresh look can tell.
      if (missing.length) await settle(missing, 'Clockify did not delete it (it may be locked or you may lack the right).');
    } catch (e) {
      const err = e instanceof ClockifyError ? e : new ClockifyError({ kind: 'network' });
      const reason = describeError(err, 'delete it');
      if (stopsTheBatch(err)) {
        // Every further chunk would fail the same way: don't send them.
        stopReason = reason;
        chunk.forEach((id) => result.failed.push({ id, reason }));
      } else {
        await settle(chunk, reason);
      }
    }
    report(i + 1);
  }
  return result;
}
