/**
 * The one way the console stops a timer: the card, Team timers and "Stop N timers" all call
 * `stopAt`. The PATCH carries a fixed end and is retried by the client on transient failures
 * (network, timeout, 5xx, 429 with Retry-After), so a repeat can only stop at that same end.
 * When the answer is lost — a retry then gets 404 "nothing running", or every attempt failed
 * without an answer — the entry is looked up: the server's record is the truth.
 */
import type { ClockifyClient } from '../../clockify/client';
import { getEntry, stopTimer } from '../../clockify/endpoints';
import { ClockifyError, isErrorKind } from '../../clockify/errors';
import type { TimeEntry } from '../../clockify/schemas';
import { toWireInstant } from '../../lib/dates';

export type StopResult =
  /** Stopped by this request; `entry.end` is the end read back from the server. */
  | { kind: 'stopped'; entry: TimeEntry; end: Date }
  /** It was no longer running (404) and its record ends elsewhere, or it is gone: nothing changed. */
  | { kind: 'already-stopped'; entry: TimeEntry | null; end: Date }
  /** Not stopped (or not known to be): `end` is what to send again. */
  | { kind: 'failed'; error: unknown; end: Date; stillRunning: boolean | null };

export interface StopDeps {
  patch(userId: string, wireEnd: string, signal?: AbortSignal): Promise<TimeEntry>;
  lookup(entryId: string, signal?: AbortSignal): Promise<TimeEntry | null>;
}

export function stopDepsFor(client: ClockifyClient, workspaceId: string): StopDeps {
  return {
    patch: (userId, end, signal) => stopTimer(client, workspaceId, userId, { end }, signal),
    lookup: async (entryId, signal) => {
      try {
        return await getEntry(client, workspaceId, entryId, signal);
      } catch (e) {
        if (isErrorKind(e, 'not-found')) return null;
        throw e;
      }
    },
  };
}

const sameSecond = (a: Date | null, b: Date) => !!a && Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);

/** Stop `entry` (a running timer) at `end`, and say exactly what happened. Never throws. */
export async function stopAt(deps: StopDeps, entry: Pick<TimeEntry, 'id' | 'userId'>, end: Date, signal?: AbortSignal): Promise<StopResult> {
  const wireEnd = toWireInstant(end);
  try {
    const stopped = await deps.patch(entry.userId, wireEnd, signal);
    return { kind: 'stopped', entry: stopped, end: stopped.end ?? end };
  } catch (error) {
    const notRunning = isErrorKind(error, 'not-found');
    const unanswered = error instanceof ClockifyError && error.transient;
    if (!notRunning && !unanswered) return { kind: 'failed', error, end, stillRunning: null };
    // The stop may have gone through with its answer lost: look at the record.
    let record: TimeEntry | null;
    try {
      record = await deps.lookup(entry.id, signal);
    } catch {
      return { kind: 'failed', error, end, stillRunning: null };
    }
    if (record?.end && sameSecond(record.end, end)) return { kind: 'stopped', entry: record, end: record.end };
    if (record && !record.end) return { kind: 'failed', error, end, stillRunning: true };
    // Ended at another second (our end is fixed, so someone else stopped it), or deleted.
    return { kind: 'already-stopped', entry: record, end };
  }
}
