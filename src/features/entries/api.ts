import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ClockifyClient } from '../../clockify/client';
import { getEntriesPage } from '../../clockify/endpoints';
import { wallClockWindow, type DayKey } from '../../lib/dates';

/** Big pages: the first renders while the rest stream in (Clockify allows up to 5000). */
export const ENTRIES_PAGE_SIZE = 1000;

export interface EntriesListParams {
  workspaceId: string;
  userId: string;
  from: DayKey;
  to: DayKey;
  project: string | null;
  q: string | null;
}

export const entriesKeys = {
  all: (conn: string, workspaceId: string) => ['conn', conn, 'ws', workspaceId, 'entries'] as const,
  member: (conn: string, workspaceId: string, userId: string) => [...entriesKeys.all(conn, workspaceId), userId] as const,
};

export const entriesQueries = {
  list: (conn: string, client: ClockifyClient, p: EntriesListParams) =>
    infiniteQueryOptions({
      queryKey: [...entriesKeys.member(conn, p.workspaceId, p.userId), { from: p.from, to: p.to, project: p.project, q: p.q }],
      queryFn: ({ pageParam, signal }) =>
        getEntriesPage(
          client,
          p.workspaceId,
          p.userId,
          { ...wallClockWindow(p.from, p.to), project: p.project, description: p.q },
          pageParam,
          ENTRIES_PAGE_SIZE,
          signal,
        ),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.isLastPage ? undefined : last.page + 1),
      staleTime: 30_000,
    }),
};
