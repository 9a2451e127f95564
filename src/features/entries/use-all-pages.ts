import { useEffect } from 'react';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';

/** Keep fetching the next page until the range is complete: the first page shows at once. */
export function useAllPages(query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage' | 'isError'>) {
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError]);
}
