import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ClockifyClient } from '../../clockify/client';
import { getRunningEntry, getWorkspaceRunning } from '../../clockify/endpoints';
import { describeError } from '../../clockify/errors';
import type { TimeEntry } from '../../clockify/schemas';
import { toWireInstant } from '../../lib/dates';
import { recordActivity, type ActivityItem } from '../../shared/activity-log/activity-store';
import { sessionKeys } from '../../session/query-keys';
import { stopAt, stopDepsFor, type StopResult } from './stop-routine';

export const timerQueries = {
  /** One member's running timer. */
  running: (client: ClockifyClient, workspaceId: string, userId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.running(client, workspaceId), 'member', userId],
      queryFn: ({ signal }) => getRunningEntry(client, workspaceId, userId, signal),
      refetchInterval: 60_000,
    }),
  /** Every running timer in the workspace that the key may see. */
  team: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.running(client, workspaceId), 'workspace'],
      queryFn: ({ signal }) => getWorkspaceRunning(client, workspaceId, signal),
      refetchInterval: 60_000,
    }),
};

export interface StopVars {
  entry: TimeEntry;
  end: Date;
  memberName: string;
}

/** One stop's line in the activity log. */
export function activityItemFor(entry: Pick<TimeEntry, 'id' | 'userId'>, memberName: string, result: StopResult): ActivityItem {
  const base = { memberId: entry.userId, memberName, entryIds: [entry.id], chosenEnd: toWireInstant(result.end) };
  switch (result.kind) {
    case 'stopped':
      return { ...base, outcome: 'stopped', detail: `ended at ${toWireInstant(result.end)}` };
    case 'already-stopped':
      return {
        ...base,
        outcome: 'already stopped',
        detail: result.entry?.end ? `it had ended at ${toWireInstant(result.entry.end)}; nothing changed` : 'it no longer exists; nothing changed',
      };
    case 'failed':
      return { ...base, outcome: 'failed', detail: describeError(result.error, 'stop the timer') };
  }
}

/** Keys of everything a stop changes: running timers (card and team) and the entries lists. */
export function invalidateAfterStop(qc: QueryClient, client: ClockifyClient, workspaceId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: sessionKeys.running(client, workspaceId) }),
    qc.invalidateQueries({ queryKey: sessionKeys.entries(client, workspaceId) }),
  ]);
}

/**
 * Stop one member's running timer through the stop routine (retries with the same end; a
 * lost answer is resolved by looking the entry up). Resolves with the routine's exact result,
 * never rejects. Optimistic: the member's card stops showing the timer at once, and it is not
 * put back on failure — the lists are fetched again so the card says what is true, not what
 * was true before.
 */
export function useStopTimer(client: ClockifyClient, workspaceId: string, by: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ entry, end, memberName }: StopVars): Promise<StopResult> => {
      const result = await stopAt(stopDepsFor(client, workspaceId), entry, end);
      const item = activityItemFor(entry, memberName, result);
      await recordActivity({
        kind: 'stop',
        by,
        workspaceId,
        summary: `${item.outcome === 'stopped' ? 'Stopped' : item.outcome === 'failed' ? 'Could not stop' : 'Already stopped:'} ${memberName}’s timer`,
        counts: { requested: 1, [item.outcome]: 1 },
        result: result.kind === 'failed' ? 'failed' : 'done',
        items: [item],
      });
      return result;
    },
    onMutate: async ({ entry }) => {
      const key = timerQueries.running(client, workspaceId, entry.userId).queryKey;
      await qc.cancelQueries({ queryKey: key });
      qc.setQueryData(key, null);
    },
    onSettled: () => invalidateAfterStop(qc, client, workspaceId),
  });
}
