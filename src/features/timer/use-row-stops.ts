import { useState } from 'react';
import type { ClockifyClient } from '../../clockify/client';
import type { TimeEntry } from '../../clockify/schemas';
import { useStopTimer } from './api';
import type { StopResult } from './stop-routine';

export type RowStop =
  | { status: 'pending'; entry: TimeEntry; end: Date; memberName: string }
  | { status: 'done'; entry: TimeEntry; end: Date; memberName: string; result: StopResult };

/**
 * Single stops from a list of timers (Team timers): each row keeps its own outcome, so a
 * failed stop keeps its chosen end on its row ("Retry stop at …") while others go on.
 */
export function useRowStops(client: ClockifyClient, workspaceId: string, by: string) {
  const mutation = useStopTimer(client, workspaceId, by);
  const [stops, setStops] = useState<Record<string, RowStop>>({});
  const [last, setLast] = useState<string | null>(null);

  const stop = async (entry: TimeEntry, end: Date, memberName: string) => {
    setLast(entry.id);
    setStops((s) => ({ ...s, [entry.id]: { status: 'pending', entry, end, memberName } }));
    const result = await mutation.mutateAsync({ entry, end, memberName });
    setStops((s) => ({ ...s, [entry.id]: { status: 'done', entry, end, memberName, result } }));
  };

  const dismiss = (entryId: string) =>
    setStops((s) => {
      const next = { ...s };
      delete next[entryId];
      return next;
    });

  return { stops, stop, dismiss, latest: last ? stops[last] ?? null : null };
}
