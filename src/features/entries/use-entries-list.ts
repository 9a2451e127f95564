import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ClockifyClient } from '../../clockify/client';
import { entriesQueries, type EntriesListParams } from './api';
import { createEntriesGrouper } from './group-entries';
import { useAllPages } from './use-all-pages';

/**
 * A member's entries over a range: every page fetched in turn (the first shows at once), and
 * `group(hidden)` turning what has arrived into day groups and totals, leaving out `hidden`.
 * `enabled` waits for what the range depends on (the member's zone, unless the URL has it).
 */
export function useEntriesList(client: ClockifyClient, params: EntriesListParams, timeZone: string, enabled: boolean) {
  const query = useInfiniteQuery({ ...entriesQueries.list(client, params), enabled });
  useAllPages(query);
  // Deferred: grouping and the selection's derived data re-run in a background render, so
  // the next page's request (triggered after the urgent commit) is not held up by them.
  // The range travels with its pages: a lagging render never shows another range's rows.
  const rangeKey = JSON.stringify(params);
  const latest = useMemo(() => ({ rangeKey, pages: query.data?.pages }), [rangeKey, query.data?.pages]);
  const deferred = useDeferredValue(latest);
  const loadingMore = query.hasNextPage || query.isFetchingNextPage;
  const complete = !loadingMore && !query.isPending && !query.isError;
  // The first page of a range shows at once (urgent): a deferred render can be restarted by
  // every page that arrives and would hold the first row back until the whole range is in.
  // So does the last: no request waits on it, and deferring it only put an urgent render
  // that says "complete" over the previous pages before the one that shows them all.
  const pages = !complete && deferred.rangeKey === rangeKey && deferred.pages?.length ? deferred.pages : latest.pages;
  // Incremental: a new page keys and totals only its own entries (same result as groupEntries).
  const [groupPages] = useState(createEntriesGrouper);
  const group = useCallback(
    (hidden?: ReadonlySet<string>) => groupPages((pages ?? []).map((p) => p.items), timeZone, hidden),
    [groupPages, pages, timeZone],
  );
  return {
    query,
    group,
    /** The range has actually loaded (its first page is in): only now may a count or "No entries" show. */
    loaded: !query.isPending && pages !== undefined,
    loadingMore,
    complete,
  };
}
