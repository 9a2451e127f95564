// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../clockify/client';
import { getCurrentUser, getMembers, getWorkspaces } from '../clockify/endpoints';
import { entriesQueries } from '../features/entries/api';
import { QueryClient } from '@tanstack/react-query';
import { createEarlyAwareFetch } from '../boot/early-fetch';
import { earlyRegistry, earlyRequestUrls, preloadRouteModules, startEarlyRequests } from '../boot/early-requests';

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

describe('preloadRouteModules', () => {
  it('preloads the listed route chunks, and nothing that is not an asset script', () => {
    const data = document.createElement('script');
    data.type = 'application/json';
    data.id = 'entries-route-modules';
    data.textContent = JSON.stringify(['/assets/entries-page-abc.js', '/assets/dates-x1.js', 'https://evil.example/x.js', '/assets/../x.js']);
    document.head.appendChild(data);
    try {
      expect(preloadRouteModules(document)).toBe(2);
      const links = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
      expect(links).toEqual(['/assets/entries-page-abc.js', '/assets/dates-x1.js']);
    } finally {
      document.head.innerHTML = '';
    }
  });
});

describe('startEarlyRequests on an entries link', () => {
  it("asks for the route's code before the data (one origin: the small files are not left waiting behind page 1)", () => {
    const data = document.createElement('script');
    data.type = 'application/json';
    data.id = 'entries-route-modules';
    data.textContent = JSON.stringify(['/assets/entries-page-abc.js']);
    document.head.appendChild(data);
    const preloadsAtFirstFetch: number[] = [];
    const fetchImpl = vi.fn(() => {
      preloadsAtFirstFetch.push(document.head.querySelectorAll('link[rel="modulepreload"]').length);
      return new Promise<Response>(() => undefined);
    });
    try {
      const sent = startEarlyRequests(
        { location: { pathname: `/w/${WID}/u/${UID}`, search: '?from=2026-01-01&to=2026-01-31' }, sessionStorage: storageWith({ baseUrl: BASE, apiKey: 'k' }), document },
        fetchImpl as unknown as typeof fetch,
      );
      expect(sent).toBe(4);
      expect(preloadsAtFirstFetch[0]).toBe(1);
    } finally {
      document.head.innerHTML = '';
    }
  });
});
