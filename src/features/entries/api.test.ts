import { describe, expect, it, vi } from 'vitest';
import { QueryClient, InfiniteQueryObserver } from '@tanstack/react-query';
import { createClient } from '../../clockify/client';
import { sessionKeys } from '../../session/query-keys';
import { entriesQueries, readAheadKey } from './api';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const params = { workspaceId: WID, userId: UID, from: '2026-11-01', to: '2026-11-30', project: null, q: null } as const;

function entry(i: number) {
  return {
    id: i.toString(16).padStart(24, '0'), description: `e${i}`, billable: false, projectId: null, taskId: null, tagIds: null,
    userId: UID, workspaceId: WID, timeInterval: { start: '2026-11-20T08:00:00Z', end: '2026-11-20T09:00:00Z', duration: 'PT1H' },
    isLocked: false, type: 'REGULAR', kioskId: null, customFieldValues: null,
  };
}

/**
 * A list whose page 1 (1,000 entries) is in and whose page 2 is asked for ahead and never
 * answers until its request is aborted. `signals[n]` is page n's request signal.
 */
async function listWithHangingPageTwo() {
  const signals: AbortSignal[] = [];
  const fetch = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
    const page = Number(new URL(String(url)).searchParams.get('page'));
    signals[page] = init!.signal!;
    if (page === 1) {
      return Promise.resolve(new Response(JSON.stringify(Array.from({ length: 1000 }, (_, i) => entry(i))), { headers: { 'last-page': 'false' } }));
    }
    return new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
  });
  const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, retry: { retries: 0 } });
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const options = entriesQueries.list(client, params);
  await qc.fetchInfiniteQuery(options);
  await vi.waitFor(() => expect(signals[2]).toBeDefined());
  return { signals, fetch, client, qc, options };
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
    const options = entriesQueries.list(client, { workspaceId: WID, userId: UID, from: '2026-11-01', to: '2026-11-30', project: null, q: null });

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

describe('entries read-ahead lives in the query cache', () => {

  it('holds a read-ahead page only until the list takes it', async () => {
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      const page = Number(new URL(String(url)).searchParams.get('page'));
      const items = page < 2 ? Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i)) : [entry(9999)];
      return new Response(JSON.stringify(items), { headers: { 'last-page': String(page === 2) } });
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = entriesQueries.list(client, params);
    await qc.fetchInfiniteQuery(options);
    await vi.waitFor(() => expect(qc.getQueryData(readAheadKey(options.queryKey, 2))).toBeDefined());
    const observer = new InfiniteQueryObserver(qc, options);
    await observer.fetchNextPage();
    expect(observer.getCurrentResult().data!.pages.map((p) => p.items.length)).toEqual([1000, 1]);
    // Taken: the second page is held once, by the list, and no request was repeated.
    expect(qc.getQueryCache().findAll({ queryKey: [...options.queryKey, 'read-ahead'] })).toHaveLength(0);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps READ_AHEAD_PAGES beyond the list in flight, and no more', async () => {
    const requested: number[] = [];
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      const page = Number(new URL(String(url)).searchParams.get('page'));
      requested.push(page);
      return new Response(JSON.stringify(Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i))), { headers: { 'last-page': String(page === 9) } });
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = entriesQueries.list(client, params);
    await qc.fetchInfiniteQuery(options);
    // The list holds page 1: pages 2 and 3 are asked for without waiting for anyone.
    await vi.waitFor(() => expect(qc.getQueryData(readAheadKey(options.queryKey, 3))).toBeDefined());
    await new Promise((r) => setTimeout(r, 20));
    expect(requested).toEqual([1, 2, 3]);
    const observer = new InfiniteQueryObserver(qc, options);
    await observer.fetchNextPage();
    await vi.waitFor(() => expect(requested).toEqual([1, 2, 3, 4]));
  });

  it('cancelling the list cancels the read-ahead request it is waiting for', async () => {
    const { signals, fetch, qc, options, client } = await listWithHangingPageTwo();
    const observer = new InfiniteQueryObserver(qc, options);
    const unsubscribe = observer.subscribe(() => undefined);
    const next = observer.fetchNextPage();
    await vi.waitFor(() => expect(observer.getCurrentResult().isFetchingNextPage).toBe(true));
    expect(signals[2].aborted).toBe(false);
    await qc.cancelQueries({ queryKey: sessionKeys.memberEntries(client, WID, UID), exact: false });
    await next;
    expect(signals[2].aborted).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('a list request aborted while waiting on its read-ahead aborts that request', async () => {
    const { signals, qc, options } = await listWithHangingPageTwo();
    const observer = new InfiniteQueryObserver(qc, options);
    const unsubscribe = observer.subscribe(() => undefined);
    void observer.fetchNextPage();
    await vi.waitFor(() => expect(observer.getCurrentResult().isFetchingNextPage).toBe(true));
    // Only the list itself is cancelled (exact): its waiting on page 2 must not leave page 2 running.
    await qc.cancelQueries({ queryKey: options.queryKey, exact: true });
    await vi.waitFor(() => expect(signals[2].aborted).toBe(true));
    unsubscribe();
  });
});
