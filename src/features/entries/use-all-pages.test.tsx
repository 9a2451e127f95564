import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useAllPages } from './use-all-pages';

describe('useAllPages', () => {
  it('fetches every page even when each arrives at once (no network wait between them)', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
    const { result } = renderHook(
      () => {
        const query = useInfiniteQuery({
          queryKey: ['pages'],
          // Already there (as a read-ahead page taken from the cache is): resolves at once.
          queryFn: ({ pageParam }) => Promise.resolve({ page: pageParam, last: pageParam === 12 }),
          initialPageParam: 1,
          getNextPageParam: (p) => (p.last ? undefined : p.page + 1),
        });
        useAllPages(query);
        return query;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.data?.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(result.current.hasNextPage).toBe(false);
  });
});
