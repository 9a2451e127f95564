import { useEffect } from 'react';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';

type AllPagesQuery = Pick<UseInfiniteQueryResult<{ pages: unknown[] }>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage' | 'isError' | 'data'>;

/**
 * Keep fetching the next page until the range is complete: the first page shows at once. A page
 * taken from the cache can arrive within one render (fetching → done, unseen): the page count
 * is in the dependencies so every new page asks for the next.
 */
export function useAllPages(query: AllPagesQuery) {
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  const pages = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError, pages]);
}
