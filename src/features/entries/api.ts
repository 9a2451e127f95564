import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ClockifyClient, Page } from '../../clockify/client';
import { getEntriesPage } from '../../clockify/endpoints';
import type { TimeEntry } from '../../clockify/schemas';
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

/**
 * Read-ahead: when page k arrives, page k+1's request leaves at once, so the network never
 * waits for the page to render. Only a fresh read-ahead is used (a refetch asks anew).
 */
const READ_AHEAD_MAX_AGE_MS = 10_000;
const readAhead = new Map<string, { at: number; page: Promise<Page<TimeEntry>> }>();

export function takeReadAhead(key: string, now = Date.now()) {
  const hit = readAhead.get(key);
  readAhead.delete(key);
  return hit && now - hit.at <= READ_AHEAD_MAX_AGE_MS ? hit.page : null;
}

export const entriesQueries = {
  list: (conn: string, client: ClockifyClient, p: EntriesListParams) => {
    const queryKey = [...entriesKeys.member(conn, p.workspaceId, p.userId), { from: p.from, to: p.to, project: p.project, q: p.q }];
    const fetchPage = (page: number, signal?: AbortSignal) =>
      getEntriesPage(
        client,
        p.workspaceId,
        p.userId,
        { ...wallClockWindow(p.from, p.to), project: p.project, description: p.q },
        page,
        ENTRIES_PAGE_SIZE,
        signal,
      );
    const slot = (page: number) => `${JSON.stringify(queryKey)}#${page}`;
    return infiniteQueryOptions({
      queryKey,
      queryFn: async ({ pageParam, signal }) => {
        const result = await (takeReadAhead(slot(pageParam)) ?? fetchPage(pageParam, signal));
        if (!result.isLastPage && !signal.aborted) {
          const next = fetchPage(pageParam + 1);
          next.catch(() => undefined); // a failure surfaces when that page is asked for
          readAhead.set(slot(pageParam + 1), { at: Date.now(), page: next });
        }
        return result;
      },
      initialPageParam: 1,
      getNextPageParam: (last) => (last.isLastPage ? undefined : last.page + 1),
      staleTime: 30_000,
    });
  },
};
