import { infiniteQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ClockifyClient, Page } from '../../clockify/client';
import { getEntriesPage } from '../../clockify/endpoints';
import type { TimeEntry } from '../../clockify/schemas';
import { wallClockWindow, type DayKey } from '../../lib/dates';
import { sessionKeys } from '../../session/query-keys';

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


/**
 * Read-ahead, in the query cache: when page k arrives, page k+1's request leaves at once as a
 * query of its own under the list's key (`[...listKey, 'read-ahead', k+1]`), and so on up to
 * READ_AHEAD_PAGES beyond what the list holds, so the network never waits for a page to render. The list's query function takes it when it asks for that
 * page and removes it (the entries are then held once, by the list). Because it sits under the
 * list's key, cancelling, invalidating or removing the list reaches its read-ahead too; and
 * when the list's request is aborted, so is the read-ahead it is waiting for. Only a fresh
 * read-ahead is used (older, or invalidated, is asked anew); an unused one is dropped soon.
 */
export const READ_AHEAD_MAX_AGE_MS = 10_000;
/**
 * How many pages beyond those the list holds may be asked for ahead: each read-ahead that
 * arrives starts the next one within this depth, so the network keeps going while a page
 * renders, and at most this many pages wait in the cache.
 */
export const READ_AHEAD_PAGES = 2;

export const readAheadKey = (listKey: QueryKey, page: number) => [...listKey, 'read-ahead', page] as const;

export const entriesQueries = {
  list: (client: ClockifyClient, p: EntriesListParams) => {
    const queryKey = [...sessionKeys.memberEntries(client, p.workspaceId, p.userId), { from: p.from, to: p.to, project: p.project, q: p.q }] as const;
    const fetchPage = (page: number, signal: AbortSignal) =>
      getEntriesPage(
        client,
        p.workspaceId,
        p.userId,
        { ...wallClockWindow(p.from, p.to), project: p.project, description: p.q },
        page,
        ENTRIES_PAGE_SIZE,
        signal,
      );
    /** Asks for the first page after `last` not yet asked for, if within READ_AHEAD_PAGES of the list. */
    const topUp = (qc: QueryClient, last: Page<TimeEntry>, heldAtLeast = 0) => {
      const held = Math.max(heldAtLeast, qc.getQueryData<{ pages: unknown[] }>(queryKey)?.pages.length ?? 0);
      for (let p = last; !p.isLastPage && p.page + 1 <= held + READ_AHEAD_PAGES; ) {
        const next = qc.getQueryData<Page<TimeEntry>>(readAheadKey(queryKey, p.page + 1));
        if (!next) return void qc.prefetchQuery(pageQuery(p.page + 1));
        p = next;
      }
    };
    const pageQuery = (page: number) => ({
      queryKey: readAheadKey(queryKey, page),
      queryFn: async ({ signal, client: qc }: { signal: AbortSignal; client: QueryClient }) => {
        const result = await fetchPage(page, signal);
        if (!signal.aborted) topUp(qc, result);
        return result;
      },
      staleTime: READ_AHEAD_MAX_AGE_MS,
      gcTime: READ_AHEAD_MAX_AGE_MS,
      retry: false,
    });
    /** Page `page` from its read-ahead when there is one, else asked now; the read-ahead is then gone. */
    const takePage = async (qc: QueryClient, page: number, signal: AbortSignal): Promise<Page<TimeEntry>> => {
      const key = readAheadKey(queryKey, page);
      if (!qc.getQueryCache().find({ queryKey: key, exact: true })) return fetchPage(page, signal);
      const cancel = () => void qc.cancelQueries({ queryKey: key, exact: true });
      signal.addEventListener('abort', cancel, { once: true });
      try {
        return await qc.fetchQuery(pageQuery(page));
      } finally {
        signal.removeEventListener('abort', cancel);
        qc.removeQueries({ queryKey: key, exact: true });
      }
    };
    return infiniteQueryOptions({
      queryKey,
      queryFn: async ({ pageParam, signal, client: qc }) => {
        const result = await takePage(qc, pageParam, signal);
        if (!signal.aborted) topUp(qc, result, pageParam); // the list holds this page once it returns
        return result;
      },
      initialPageParam: 1,
      getNextPageParam: (last) => (last.isLastPage ? undefined : last.page + 1),
      staleTime: 30_000,
    });
  },
};
