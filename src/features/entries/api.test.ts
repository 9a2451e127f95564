import { describe, expect, it, vi } from 'vitest';
import { QueryClient, InfiniteQueryObserver } from '@tanstack/react-query';
import { createClient } from '../../clockify/client';
import { sessionKeys } from '../../session/query-keys';
import { entriesQueries, GATHER_MS, READ_AHEAD_IN_FLIGHT, READ_AHEAD_PAGES, readAheadKey } from './api';

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

/**
 * A member's list over a fake network: pages 1 to `last` − 1 hold 1,000 entries, page `last`
 * one, and any page after it none (all with `last-page` as Clockify sends it). `requested`
 * records every page asked for; `delayMs(page)` holds a page's answer back.
 */
function fakeList(last: number, delayMs: (page: number) => number = () => 0) {
  const requested: number[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    const page = Number(new URL(String(url)).searchParams.get('page'));
    requested.push(page);
    const delay = delayMs(page);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const items = page < last ? Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i)) : page === last ? [entry(99_999)] : [];
    return new Response(JSON.stringify(items), { headers: { 'last-page': String(page >= last) } });
  });
  const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const options = entriesQueries.list(client, params);
  return { requested, qc, options, observer: () => new InfiniteQueryObserver(qc, options) };
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const readAheadLeft = (qc: QueryClient, listKey: readonly unknown[]) => qc.getQueryCache().findAll({ queryKey: [...listKey, 'read-ahead'] });

describe('entries list read-ahead', () => {
  it('asks for the next pages as soon as page 1 arrives, at once, each once', async () => {
    const { requested, qc, options, observer: make } = fakeList(3);
    await qc.fetchInfiniteQuery(options);
    // Pages 2 to 1 + READ_AHEAD_IN_FLIGHT left with page 1's answer, together, before anyone asked.
    expect(requested).toEqual(upTo(1 + READ_AHEAD_IN_FLIGHT));
    const observer = make();
    await observer.fetchNextPage();
    if (observer.getCurrentResult().hasNextPage) await observer.fetchNextPage();
    expect(observer.getCurrentResult().data!.pages.flatMap((p) => p.items).length).toBe(2001);
    expect(observer.getCurrentResult().hasNextPage).toBe(false);
    // Never a page twice; past the end (page 3 said last) at most READ_AHEAD_IN_FLIGHT − 1.
    expect(new Set(requested).size).toBe(requested.length);
    expect(requested.filter((p) => p > 3).length).toBeLessThanOrEqual(READ_AHEAD_IN_FLIGHT - 1);
  });
});

describe('entries read-ahead lives in the query cache', () => {
  it('holds a read-ahead page only until the list takes it', async () => {
    const { requested, qc, options, observer: make } = fakeList(2);
    await qc.fetchInfiniteQuery(options);
    await vi.waitFor(() => expect(qc.getQueryData(readAheadKey(options.queryKey, 2))).toBeDefined());
    const observer = make();
    await observer.fetchNextPage();
    expect(observer.getCurrentResult().data!.pages.map((p) => p.items.length)).toEqual([1000, 1]);
    // Taken: the second page is held once, by the list, and no request was repeated; what was
    // asked for past the end is dropped once the list is complete.
    expect(readAheadLeft(qc, options.queryKey)).toHaveLength(0);
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('keeps READ_AHEAD_PAGES beyond the list in flight, and no more', async () => {
    const LAST = 3 * READ_AHEAD_PAGES;
    const { requested, qc, options, observer: make } = fakeList(LAST);
    await qc.fetchInfiniteQuery(options);
    // The list holds page 1: the next READ_AHEAD_PAGES are asked for without waiting for anyone.
    await vi.waitFor(() => expect(qc.getQueryData(readAheadKey(options.queryKey, 1 + READ_AHEAD_PAGES))).toBeDefined());
    await new Promise((r) => setTimeout(r, 20));
    expect(requested).toEqual(upTo(1 + READ_AHEAD_PAGES));
    // The list's next page gathers what arrives within GATHER_MS: here, all the rest.
    const observer = make();
    await observer.fetchNextPage();
    expect(observer.getCurrentResult().data!.pages.map((p) => p.items.length)).toEqual([1000, (LAST - 2) * 1000 + 1]);
    expect(requested.filter((p) => p <= LAST)).toEqual(upTo(LAST));
  });

  it('a list page shows what arrived within GATHER_MS of its start, and leaves later pages to the next', async () => {
    const delays: Record<number, number> = { 3: GATHER_MS / 3, 4: GATHER_MS * 4 };
    const { qc, options, observer: make } = fakeList(4, (page) => delays[page] ?? 0);
    await qc.fetchInfiniteQuery(options);
    const observer = make();
    const shown = () => observer.getCurrentResult().data!.pages.map((p) => [p.page, p.items.length]);
    await observer.fetchNextPage();
    expect(shown()).toEqual([[1, 1000], [3, 2000]]);
    await observer.fetchNextPage();
    expect(shown()).toEqual([[1, 1000], [3, 2000], [4, 1]]);
    expect(observer.getCurrentResult().hasNextPage).toBe(false);
  });

  it('the pages a list page takes together are the wire pages in order, each once', async () => {
    const { requested, qc, options, observer: make } = fakeList(4);
    await qc.fetchInfiniteQuery(options);
    await vi.waitFor(() => expect(qc.getQueryData(readAheadKey(options.queryKey, 4))).toBeDefined());
    const observer = make();
    await observer.fetchNextPage();
    const result = observer.getCurrentResult();
    expect(result.hasNextPage).toBe(false);
    const ids = result.data!.pages.flatMap((p) => p.items.map((e) => e.id));
    const expected = [...[1, 2, 3].flatMap((page) => Array.from({ length: 1000 }, (_, i) => entry(page * 1000 + i).id)), entry(99_999).id];
    expect(ids).toEqual(expected);
    expect(result.data!.pages.map((p) => p.page)).toEqual([1, 4]);
    expect(new Set(requested).size).toBe(requested.length);
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
    // Every read-ahead in flight (page 2 and those asked with it) is aborted.
    expect(fetch).toHaveBeenCalledTimes(1 + READ_AHEAD_IN_FLIGHT);
    expect(signals.slice(2).every((s) => s.aborted)).toBe(true);
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
