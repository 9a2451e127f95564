import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClockifyClient } from '../../clockify/client';
import { getRunningEntry, getWorkspaceRunning, stopTimer } from '../../clockify/endpoints';
import type { TimeEntry } from '../../clockify/schemas';
import { toWireInstant } from '../../lib/dates';

export const timerQueries = {
  running: (conn: string, client: ClockifyClient, workspaceId: string, userId: string) =>
    queryOptions({
      queryKey: ['conn', conn, 'ws', workspaceId, 'running', userId],
      queryFn: ({ signal }) => getRunningEntry(client, workspaceId, userId, signal),
      refetchInterval: 60_000,
    }),
  team: (conn: string, client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: ['conn', conn, 'ws', workspaceId, 'running', '*team'],
      queryFn: ({ signal }) => getWorkspaceRunning(client, workspaceId, signal),
      refetchInterval: 60_000,
    }),
};

export interface StopVars {
  entry: TimeEntry;
  end: Date;
}

/**
 * Stop a member's running timer. Optimistic: the card shows it stopped at once; on failure
 * it rolls back (the card then says the stop failed and the timer still runs). Owns its
 * invalidation and returns that promise, so `isPending` lasts until the lists are fresh.
 */
export function useStopTimer(conn: string, client: ClockifyClient, workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, end }: StopVars) => stopTimer(client, workspaceId, entry.userId, { end: toWireInstant(end) }),
    onMutate: async ({ entry }) => {
      const key = timerQueries.running(conn, client, workspaceId, entry.userId).queryKey;
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData(key);
      qc.setQueryData(key, null);
      return { key, previous };
    },
    onError: (error, _vars, ctx) => {
      // 404: it was already stopped elsewhere — null is the truth, keep it. Otherwise roll back.
      if (ctx && !(error instanceof Error && 'kind' in error && error.kind === 'not-found')) {
        qc.setQueryData(ctx.key, ctx.previous);
      }
    },
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['conn', conn, 'ws', workspaceId, 'running'] }),
        qc.invalidateQueries({ queryKey: ['conn', conn, 'ws', workspaceId, 'entries'] }),
      ]),
  });
}
