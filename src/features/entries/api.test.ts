import { describe, expect, it, vi } from 'vitest';
import { QueryClient, InfiniteQueryObserver } from '@tanstack/react-query';
import { createClient } from '../../clockify/client';
import { entriesQueries } from './api';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);

function entry(i: number) {
  return {
    id: i.toString(16).padStart(24, '0'), description: `e${i}`, billable: false, projectId: null, taskId: null, tagIds: null,
    userId: UID, workspaceId: WID, timeInterval: { start: '2026-11-20T08:00:00Z', end: '2026-11-20T09:00:00Z', duration: 'PT1H' },
    isLocked: false, type: 'REGULAR', kioskId: null, customFieldValues: null,
  };
}

describe('entries list read-ahead', () => {
  it('asks for page k+1 as soon as page k arrives, and never twice', async () => {
    const requested: number[] = [];
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      const page = Number(new URL(String(url)).searchParams.get('page'));
      requested.push(page);
      const items = page < 3 ? Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i)) : [entry(9999)];
      return new Response(JSON.stringify(items), { headers: { 'last-page': String(page === 3) } });
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = entriesQueries.list('c', client, { workspaceId: WID, userId: UID, from: '2026-11-01', to: '2026-11-30', project: null, q: null });

    await qc.fetchInfiniteQuery(options);
    // Page 2 already left with page 1's answer, before anyone asked for it.
    expect(requested).toEqual([1, 2]);
    const observer = new InfiniteQueryObserver(qc, options);
    await observer.fetchNextPage();
    await observer.fetchNextPage();
    expect(requested).toEqual([1, 2, 3]);
    const data = observer.getCurrentResult().data!;
    expect(data.pages.map((p) => p.items.length)).toEqual([1000, 1000, 1]);
    expect(observer.getCurrentResult().hasNextPage).toBe(false);
  });
});
