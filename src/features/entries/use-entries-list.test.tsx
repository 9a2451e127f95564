import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../clockify/client';
import { useEntriesList } from './use-entries-list';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const params = { workspaceId: WID, userId: UID, from: '2026-11-01', to: '2026-11-30', project: null, q: null } as const;

function entry(i: number) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: i.toString(16).padStart(24, '0'), description: `e${i}`, billable: false, projectId: null, taskId: null, tagIds: null,
    userId: UID, workspaceId: WID, timeInterval: { start: `2026-11-${day}T08:00:00Z`, end: `2026-11-${day}T09:00:00Z`, duration: 'PT1H' },
    isLocked: false, type: 'REGULAR', kioskId: null, customFieldValues: null,
  };
}

describe('useEntriesList', () => {
  it('never says the range is complete while it still shows only some of its pages', async () => {
    const LAST = 4;
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      const page = Number(new URL(String(url)).searchParams.get('page'));
      await new Promise((r) => setTimeout(r, 5 * page));
      const items = page < LAST ? Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i)) : page === LAST ? [entry(99_999)] : [];
      return new Response(JSON.stringify(items), { headers: { 'last-page': String(page >= LAST) } });
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
    const renders: { complete: boolean; shown: number }[] = [];
    const { result } = renderHook(
      () => {
        const list = useEntriesList(client, params, 'UTC', true);
        const shown = list.group().entries.length;
        renders.push({ complete: list.complete, shown });
        return { complete: list.complete, shown };
      },
      { wrapper },
    );
    const total = (LAST - 1) * 1000 + 1;
    await waitFor(() => expect(result.current).toEqual({ complete: true, shown: total }));
    // What a complete list says (a count without "+", "Select all N matching", Delete enabled
    // for "all matching") must be about all of it, in every render.
    expect(renders.filter((r) => r.complete && r.shown !== total)).toEqual([]);
  });
});
