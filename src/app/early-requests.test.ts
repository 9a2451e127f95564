// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../clockify/client';
import { getCurrentUser, getEntriesPage, getMembers, getWorkspaces } from '../clockify/endpoints';
import { wallClockWindow } from '../lib/dates';
import { entriesQueries } from '../features/entries/api';
import { QueryClient } from '@tanstack/react-query';
import { createEarlyAwareFetch } from '../boot/early-fetch';
import { EARLY_ENTRIES_PAGE_SIZE, EARLY_IN_FLIGHT, EARLY_LIST_PAGES, earlyListPages, earlyRegistry, earlyRequestUrls, preloadRouteModules, startEarlyRequests } from '../boot/early-requests';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const PROJECT = 'c'.repeat(24);
const BASE = 'http://127.0.0.1:4000/api';

function storageWith(value: unknown): Storage {
  const map = new Map<string, string>([['timekeeper.connection', JSON.stringify(value)]]);
  return { getItem: (k: string) => map.get(k) ?? null } as Storage;
}

/** Every URL the app's client asks for first on this entries page (user, workspaces, members, page 1). */
async function urlsTheAppAsks(search: { from: string; to: string; project: string | null; q: string | null }) {
  const urls: string[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    urls.push(String(url));
    return new Response('[]', { headers: { 'last-page': 'true' } });
  });
  const client = createClient({ baseUrl: `${BASE}/`, apiKey: 'k', fetch, retry: { retries: 0 } });
  await getCurrentUser(client).catch(() => undefined);
  await getWorkspaces(client);
  await getMembers(client, WID);
  await new QueryClient().fetchInfiniteQuery(entriesQueries.list(client, { workspaceId: WID, userId: UID, ...search }));
  return urls;
}

afterEach(() => earlyRegistry().clear());

describe('early requests', () => {
  it('asks exactly what the app asks first on an entries link with a range', async () => {
    const search = { from: '2026-01-01', to: '2026-11-30', project: PROJECT, q: 'design review' };
    const early = earlyRequestUrls(BASE, `/w/${WID}/u/${UID}`, `?from=${search.from}&to=${search.to}&project=${PROJECT}&q=design+review`);
    expect(early).toHaveLength(4);
    expect(await urlsTheAppAsks(search)).toEqual(early);
  });

  it('without a range leaves the list alone; elsewhere asks nothing', () => {
    expect(earlyRequestUrls(BASE, `/w/${WID}/u/${UID}`, '')).toHaveLength(3);
    expect(earlyRequestUrls(BASE, `/w/${WID}/u/${UID}`, '?from=2026-12-01&to=2026-11-01')).toHaveLength(3);
    expect(earlyRequestUrls(BASE, '/connect', '')).toEqual([]);
    expect(earlyRequestUrls(BASE, `/w/${WID}/history`, '')).toEqual([]);
    expect(earlyRequestUrls(BASE, `/w/not-an-id/u/${UID}`, '?from=2026-01-01&to=2026-01-02')).toEqual([]);
  });

  it('starts nothing without a saved connection', () => {
    const fetch = vi.fn();
    const empty = { getItem: () => null } as unknown as Storage;
    const n = startEarlyRequests({ location: { pathname: `/w/${WID}/u/${UID}`, search: '' }, sessionStorage: empty, localStorage: empty }, fetch);
    expect(n).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('the app takes each early request once, with the same key, instead of asking again', async () => {
    const network = vi.fn(async () => new Response('{"id":"u"}'));
    const storage = storageWith({ baseUrl: BASE, apiKey: 'secret' });
    startEarlyRequests({ location: { pathname: `/w/${WID}/u/${UID}`, search: '?from=2026-01-01&to=2026-01-31' }, sessionStorage: storage }, network);
    expect(network).toHaveBeenCalledTimes(4);
    const appFetch = createEarlyAwareFetch(network);
    const res = await appFetch(`${BASE}/v1/user`, { method: 'GET', headers: { 'X-Api-Key': 'secret' } });
    expect(await res.json()).toEqual({ id: 'u' });
    expect(network).toHaveBeenCalledTimes(4);
    // Taken: asking again goes to the network.
    await appFetch(`${BASE}/v1/user`, { method: 'GET', headers: { 'X-Api-Key': 'secret' } });
    expect(network).toHaveBeenCalledTimes(5);
    // Another key never gets a response fetched with this one.
    await appFetch(`${BASE}/v1/workspaces`, { method: 'GET', headers: { 'X-Api-Key': 'other' } });
    expect(network).toHaveBeenCalledTimes(6);
  });

  it('cancelling the request that took it aborts the early request', async () => {
    const signals = new Map<string, AbortSignal | null | undefined>();
    const network = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
      signals.set(String(url), init?.signal);
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    startEarlyRequests({ location: { pathname: `/w/${WID}/u/${UID}`, search: '' }, sessionStorage: storageWith({ baseUrl: BASE, apiKey: 'k' }) }, network);
    const controller = new AbortController();
    const taken = createEarlyAwareFetch(network)(`${BASE}/v1/workspaces`, { headers: { 'X-Api-Key': 'k' }, signal: controller.signal });
    controller.abort();
    await expect(taken).rejects.toBeDefined();
    expect(signals.get(`${BASE}/v1/workspaces`)?.aborted).toBe(true);
    expect(signals.get(`${BASE}/v1/user`)?.aborted).toBe(false);
  });
});

describe('early list pages', () => {
  const search = '?from=2026-01-01&to=2026-11-30';
  const pageOf = (url: string) => Number(new URL(url).searchParams.get('page'));
  /** A network whose list has `pages` pages of one entry each, `last-page` as `header(page)` says. */
  function listNetwork(pages: number, header: (page: number) => string | null = (p) => String(p === pages), status = 200) {
    const asked: string[] = [];
    const network = vi.fn(async (url: RequestInfo | URL) => {
      const u = String(url);
      asked.push(u);
      if (!/time-entries\?/.test(u)) return new Response('[]');
      const h = header(pageOf(u));
      return new Response('[]', { status, headers: h === null ? {} : { 'last-page': h } });
    });
    return { asked, network, listUrls: () => asked.filter((u) => /time-entries\?/.test(u)) };
  }
  const start = (network: typeof fetch) =>
    startEarlyRequests({ location: { pathname: `/w/${WID}/u/${UID}`, search }, sessionStorage: storageWith({ baseUrl: BASE, apiKey: 'k' }) }, network);

  it('asks for the next pages as soon as one says more are coming, with the URLs the app asks; past the end they are dropped', async () => {
    const { network, listUrls } = listNetwork(3);
    start(network);
    await vi.waitFor(() => expect(listUrls().length).toBeGreaterThanOrEqual(3));
    await new Promise((r) => setTimeout(r, 10));
    // Page 1 said more: pages 2 to 1 + EARLY_IN_FLIGHT left together; page 3 said last-page: true.
    const asked = listUrls().map(pageOf);
    expect(asked.slice(0, 1 + EARLY_IN_FLIGHT)).toEqual(Array.from({ length: 1 + EARLY_IN_FLIGHT }, (_, i) => i + 1));
    expect(asked.filter((p) => p > 3).length).toBeLessThanOrEqual(EARLY_IN_FLIGHT - 1);
    expect(new Set(asked).size).toBe(asked.length);
    // What was asked past the end is not kept for the app.
    expect([...earlyRegistry().keys()].filter((u) => /time-entries\?/.test(u)).map(pageOf).sort()).toEqual([1, 2, 3]);
    // They are the exact URLs the app's client asks for pages 1 to 3, so it takes them.
    const appUrls: string[] = [];
    const client = createClient({
      baseUrl: `${BASE}/`,
      apiKey: 'k',
      retry: { retries: 0 },
      fetch: vi.fn(async (url: RequestInfo | URL) => (appUrls.push(String(url)), new Response('[]'))),
    });
    for (const page of [1, 2, 3]) await getEntriesPage(client, WID, UID, { ...wallClockWindow('2026-01-01', '2026-11-30'), project: null, description: null }, page, EARLY_ENTRIES_PAGE_SIZE);
    expect(listUrls().slice(0, 3)).toEqual(appUrls);
  });

  it(`stops at ${EARLY_LIST_PAGES} pages; the app's read-ahead goes on from there`, async () => {
    const { network, listUrls } = listNetwork(50);
    start(network);
    await vi.waitFor(() => expect(listUrls()).toHaveLength(EARLY_LIST_PAGES));
    await new Promise((r) => setTimeout(r, 20));
    expect(listUrls().map(pageOf)).toEqual(Array.from({ length: EARLY_LIST_PAGES }, (_, i) => i + 1));
  });

  it('stays within the connection\'s own rate limit: all early requests fit in its burst', async () => {
    for (const [rate, pages] of [[10, 7], [4.5, 2], [0.5, 1], [1000, EARLY_LIST_PAGES]] as const) {
      earlyRegistry().clear();
      const { network, asked, listUrls } = listNetwork(50);
      startEarlyRequests(
        { location: { pathname: `/w/${WID}/u/${UID}`, search }, sessionStorage: storageWith({ baseUrl: BASE, apiKey: 'k', rateLimitPerSecond: rate }) },
        network,
      );
      await vi.waitFor(() => expect(listUrls()).toHaveLength(pages));
      await new Promise((r) => setTimeout(r, 20));
      expect(listUrls()).toHaveLength(pages);
      expect(asked.length).toBeLessThanOrEqual(Math.max(4, Math.ceil(rate)));
    }
    expect(earlyListPages(null, 3)).toBe(EARLY_LIST_PAGES);
  });

  it('asks no further without an explicit last-page: false, or after an error', async () => {
    for (const { header, status } of [{ header: () => null, status: 200 }, { header: () => 'true', status: 200 }, { header: () => 'false', status: 429 }]) {
      earlyRegistry().clear();
      const { network, listUrls } = listNetwork(5, header, status);
      start(network);
      await new Promise((r) => setTimeout(r, 20));
      expect(listUrls().map(pageOf)).toEqual([1]);
    }
  });

  it('asks no further once the app has cancelled a page it took (the range changed)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    const network = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(url));
      if (pageOf(String(url)) === 1) await gate;
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return new Response('[]', { headers: { 'last-page': 'false' } });
    });
    start(network);
    const page1 = asked.find((u) => /time-entries\?/.test(u))!;
    const controller = new AbortController();
    const taken = createEarlyAwareFetch(network)(page1, { headers: { 'X-Api-Key': 'k' }, signal: controller.signal });
    controller.abort();
    await expect(taken).rejects.toBeDefined();
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(asked.filter((u) => /time-entries\?/.test(u))).toHaveLength(1);
  });
  it('ends once the app has taken a page: from there the app reads ahead itself', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    const network = vi.fn(async (url: RequestInfo | URL) => {
      asked.push(String(url));
      if (pageOf(String(url)) > 1) await gate;
      return new Response('[]', { headers: { 'last-page': 'false' } });
    });
    start(network);
    const listPages = () => asked.filter((u) => /time-entries\?/.test(u)).map(pageOf);
    await vi.waitFor(() => expect(listPages()).toEqual(Array.from({ length: 1 + EARLY_IN_FLIGHT }, (_, i) => i + 1)));
    // The app takes page 2 while it is still on its way.
    const page2 = asked.find((u) => pageOf(u) === 2 && /time-entries\?/.test(u))!;
    const taken = createEarlyAwareFetch(network)(page2, { headers: { 'X-Api-Key': 'k' } });
    release();
    await taken;
    await new Promise((r) => setTimeout(r, 20));
    expect(listPages()).toEqual(Array.from({ length: 1 + EARLY_IN_FLIGHT }, (_, i) => i + 1));
  });
});

describe('preloadRouteModules', () => {
  it('preloads the listed route chunks, and nothing that is not an asset script', () => {
    const data = document.createElement('script');
    data.type = 'application/json';
    data.id = 'entries-route-modules';
    data.textContent = JSON.stringify(['/assets/entries-page-abc.js', '/assets/dates-x1.js', 'https://evil.example/x.js', '/assets/../x.js']);
    document.head.appendChild(data);
    try {
      expect(preloadRouteModules(document)).toHaveLength(2);
      const links = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
      expect(links).toEqual(['/assets/entries-page-abc.js', '/assets/dates-x1.js']);
    } finally {
      document.head.innerHTML = '';
    }
  });
});
