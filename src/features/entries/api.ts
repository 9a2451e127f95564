import { infiniteQueryOptions, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
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
export const READ_AHEAD_PAGES = 5;
/**
 * How many of those are asked for at once after the last page known to have more. The ones
 * past the end of the range (there is no count to know it by) come back empty and are dropped:
 * at most READ_AHEAD_IN_FLIGHT − 1 small requests a range.
 */
export const READ_AHEAD_IN_FLIGHT = 3;
/**
 * How long a list page (after the first) keeps taking pages as they arrive before it shows
 * them: the list renders every ~GATHER_MS while a large range streams in, not once per page.
 */
export const GATHER_MS = 250;

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
    /**
     * Keeps the READ_AHEAD_IN_FLIGHT pages after the last one known to have more asked for (at
     * once, not one after another: the network does not wait for the main thread between
     * pages), never more than READ_AHEAD_PAGES beyond what the list holds, and never a page the
     * list holds or a request already made.
     */
    const topUp = (qc: QueryClient, last: Page<TimeEntry>, heldAtLeast = 0) => {
      // The last wire page the list holds (one list page may hold several, see takeArrived).
      const held = Math.max(heldAtLeast, qc.getQueryData<InfiniteData<Page<TimeEntry>>>(queryKey)?.pages.at(-1)?.page ?? 0);
      let known = last;
      for (let next; !known.isLastPage && (next = qc.getQueryData<Page<TimeEntry>>(readAheadKey(queryKey, known.page + 1))); ) known = next;
      if (known.isLastPage) return;
      const until = Math.min(known.page + READ_AHEAD_IN_FLIGHT, held + READ_AHEAD_PAGES);
      for (let page = Math.max(known.page, held) + 1; page <= until; page++) {
        if (!qc.getQueryCache().find({ queryKey: readAheadKey(queryKey, page), exact: true })) void qc.prefetchQuery(pageQuery(page));
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
    /** Page `page` if its read-ahead has already arrived (and is fresh), taken; else null. */
    const takeArrived = (qc: QueryClient, page: number): Page<TimeEntry> | null => {
      const key = readAheadKey(queryKey, page);
      const state = qc.getQueryState<Page<TimeEntry>>(key);
      if (state?.status !== 'success' || state.isInvalidated || !state.data || Date.now() - state.dataUpdatedAt > READ_AHEAD_MAX_AGE_MS) return null;
      qc.removeQueries({ queryKey: key, exact: true });
      return state.data;
    };
    /** Page `page`, taken, if its read-ahead is in or arrives before `deadline` (`performance.now()`); else null. */
    const arrivedBy = (qc: QueryClient, page: number, deadline: number, signal: AbortSignal) =>
      new Promise<Page<TimeEntry> | null>((resolve) => {
        const arrived = takeArrived(qc, page);
        if (arrived) return resolve(arrived);
        const cache = qc.getQueryCache();
        const query = cache.find({ queryKey: readAheadKey(queryKey, page), exact: true });
        const wait = deadline - performance.now();
        if (!query || query.state.status === 'error' || wait <= 0) return resolve(null);
        const done = () => {
          clearTimeout(timer);
          unsubscribe();
          signal.removeEventListener('abort', done);
          resolve(signal.aborted ? null : takeArrived(qc, page));
        };
        const timer = setTimeout(done, wait);
        const unsubscribe = cache.subscribe((event) => {
          if (event.query === query && (event.type === 'removed' || query.state.status !== 'pending')) done();
        });
        signal.addEventListener('abort', done, { once: true });
      });
    const dropReadAhead = (qc: QueryClient) => {
      const prefix = [...queryKey, 'read-ahead'];
      void qc.cancelQueries({ queryKey: prefix });
      qc.removeQueries({ queryKey: prefix });
    };
    return infiniteQueryOptions({
      queryKey,
      queryFn: async ({ pageParam, signal, client: qc }) => {
        let result = await takePage(qc, pageParam, signal);
        // After the first (which shows at once, alone), a list page gathers the pages that
        // arrive within GATHER_MS: one render for several pages, and a main thread free to take
        // the network's answers in the meantime instead of rendering after each one.
        const deadline = pageParam === 1 ? 0 : performance.now() + GATHER_MS;
        // Each step first keeps the read-ahead going from the pages this list page now holds.
        while (!signal.aborted && !result.isLastPage) {
          topUp(qc, result, result.page);
          const next = await arrivedBy(qc, result.page + 1, deadline, signal);
          if (!next) break;
          result = { items: result.items.concat(next.items), page: next.page, isLastPage: next.isLastPage };
        }
        // The range is complete: what was asked for past its end is not needed.
        if (!signal.aborted && result.isLastPage) dropReadAhead(qc);
        return result;
      },
      initialPageParam: 1,
      // `page` is the last wire page a list page holds.
      getNextPageParam: (last) => (last.isLastPage ? undefined : last.page + 1),
      staleTime: 30_000,
    });
  },
};
