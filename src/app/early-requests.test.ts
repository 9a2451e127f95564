// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../clockify/client';
import { getClients, getCurrentUser, getMembers, getProjects, getTags, getWorkspaceRunning, getWorkspaces } from '../clockify/endpoints';
import { entriesQueries } from '../features/entries/api';
import { QueryClient } from '@tanstack/react-query';
import { createEarlyAwareFetch } from '../boot/early-fetch';
import { earlyPlan, earlyRegistry, preloadRouteModules, startEarlyRequests } from '../boot/early-requests';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const PROJECT = 'c'.repeat(24);
const BASE = 'http://127.0.0.1:4000/api';

function storageWith(value: unknown): Storage {
  const map = new Map<string, string>([['timekeeper.connection', JSON.stringify(value)]]);
  return { getItem: (k: string) => map.get(k) ?? null } as Storage;
}

/** A client that records every URL it asks for (each answered with an empty last page). */
function recordingClient() {
  const urls: string[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    urls.push(String(url));
    return new Response('[]', { headers: { 'last-page': 'true' } });
  });
  return { urls, client: createClient({ baseUrl: `${BASE}/`, apiKey: 'k', fetch, retry: { retries: 0 } }) };
}

/** Every URL the app's client asks for first on this entries page (user, workspaces, members, page 1). */
async function urlsTheAppAsks(search: { from: string; to: string; project: string | null; q: string | null }) {
  const { urls, client } = recordingClient();
  await getCurrentUser(client).catch(() => undefined);
  await getWorkspaces(client);
  await getMembers(client, WID);
  await new QueryClient().fetchInfiniteQuery(entriesQueries.list(client, { workspaceId: WID, userId: UID, ...search }));
  return urls;
}

/** …and on Team timers (user, workspaces, members, the running timers, projects, tags, clients). */
async function urlsTeamTimersAsks() {
  const { urls, client } = recordingClient();
  await getCurrentUser(client).catch(() => undefined);
  await getWorkspaces(client);
  await getMembers(client, WID);
  await getWorkspaceRunning(client, WID);
  await getProjects(client, WID);
  await getTags(client, WID);
  await getClients(client, WID);
  return urls;
}

const urlsOf = (pathname: string, search = '') => earlyPlan(BASE, pathname, search)?.urls ?? [];

afterEach(() => earlyRegistry().clear());

describe('early requests', () => {
  it('asks exactly what the app asks first on an entries link with a range', async () => {
    const search = { from: '2026-01-01', to: '2026-11-30', project: PROJECT, q: 'design review' };
    const early = earlyPlan(BASE, `/w/${WID}/u/${UID}`, `?from=${search.from}&to=${search.to}&project=${PROJECT}&q=design+review`);
    expect(early?.route).toBe('entries');
    expect(early?.urls).toHaveLength(4);
    expect(await urlsTheAppAsks(search)).toEqual(early?.urls);
  });

  it('asks exactly what the app asks first on a Team timers link', async () => {
    const early = earlyPlan(BASE, `/w/${WID}/running`, '');
    expect(early?.route).toBe('team');
    expect(early?.urls).toHaveLength(7);
    expect(await urlsTeamTimersAsks()).toEqual(early?.urls);
  });

  it('without a range leaves the list alone; elsewhere asks nothing', () => {
    expect(urlsOf(`/w/${WID}/u/${UID}`)).toHaveLength(3);
    expect(urlsOf(`/w/${WID}/u/${UID}`, '?from=2026-12-01&to=2026-11-01')).toHaveLength(3);
    // Not a day: the page shows this week instead, so page 1 of it must not be asked (Clockify: 400).
    expect(urlsOf(`/w/${WID}/u/${UID}`, '?from=2026-02-30&to=2026-03-01')).toHaveLength(3);
    expect(urlsOf(`/w/${WID}/u/${UID}`, '?from=2026-01-01&to=2026-13-01')).toHaveLength(3);
    expect(urlsOf(`/w/${WID}/u/${UID}`, '?from=2024-02-29&to=2024-03-01')).toHaveLength(4);
    expect(urlsOf('/connect')).toEqual([]);
    expect(urlsOf(`/w/${WID}/history`)).toEqual([]);
    expect(urlsOf(`/w/${WID}/activity`)).toEqual([]);
    expect(urlsOf(`/w/${WID}/running/extra`)).toEqual([]);
    expect(urlsOf(`/w/not-an-id/u/${UID}`, '?from=2026-01-01&to=2026-01-02')).toEqual([]);
    expect(urlsOf('/w/not-an-id/running')).toEqual([]);
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

/** The build's list of each early route's chunks, as index.html carries it. */
function routeModules(files: Record<string, unknown>) {
  const data = document.createElement('script');
  data.type = 'application/json';
  data.id = 'route-modules';
  data.textContent = JSON.stringify(files);
  document.head.appendChild(data);
}
const preloaded = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('preloadRouteModules', () => {
  afterEach(() => void (document.head.innerHTML = ''));

  it("preloads the route's listed chunks, and nothing that is not an asset script", () => {
    routeModules({ entries: ['/assets/entries-page-abc.js', '/assets/dates-x1.js', 'https://evil.example/x.js', '/assets/../x.js'], team: ['/assets/team-x.js'] });
    expect(preloadRouteModules(document, 'entries')).toBe(2);
    expect(preloaded()).toEqual(['/assets/entries-page-abc.js', '/assets/dates-x1.js']);
  });

  it("preloads only that route's chunks; none for a route the list leaves out", () => {
    routeModules({ entries: ['/assets/entries-page-abc.js'], team: ['/assets/team-x.js', '/assets/table-y.js'] });
    expect(preloadRouteModules(document, 'team')).toBe(2);
    expect(preloaded()).toEqual(['/assets/team-x.js', '/assets/table-y.js']);
    document.head.innerHTML = '';
    routeModules({ entries: ['/assets/entries-page-abc.js'] });
    expect(preloadRouteModules(document, 'team')).toBe(0);
  });
});

describe('startEarlyRequests', () => {
  afterEach(() => void (document.head.innerHTML = ''));

  /** Starts the early requests on `pathname`; returns how many left and what was preloaded when the first one did. */
  function start(pathname: string, search = '') {
    routeModules({ entries: ['/assets/entries-page-abc.js'], team: ['/assets/team-x.js', '/assets/table-y.js'] });
    const preloadsAtFirstFetch: (string | null)[][] = [];
    const fetchImpl = vi.fn(() => {
      preloadsAtFirstFetch.push(preloaded());
      return new Promise<Response>(() => undefined);
    });
    const sent = startEarlyRequests({ location: { pathname, search }, sessionStorage: storageWith({ baseUrl: BASE, apiKey: 'k' }), document }, fetchImpl as unknown as typeof fetch);
    return { sent, preloadsAtFirstFetch };
  }

  it("on an entries link asks for that route's code before the data (one origin: the small files are not left waiting behind page 1)", () => {
    const { sent, preloadsAtFirstFetch } = start(`/w/${WID}/u/${UID}`, '?from=2026-01-01&to=2026-01-31');
    expect(sent).toBe(4);
    expect(preloadsAtFirstFetch[0]).toEqual(['/assets/entries-page-abc.js']);
  });

  it("on a Team timers link asks for that route's code, then its seven reads", () => {
    const { sent, preloadsAtFirstFetch } = start(`/w/${WID}/running`);
    expect(sent).toBe(7);
    expect(preloadsAtFirstFetch[0]).toEqual(['/assets/team-x.js', '/assets/table-y.js']);
  });

  it('elsewhere preloads and asks nothing', () => {
    const { sent, preloadsAtFirstFetch } = start(`/w/${WID}/activity`);
    expect(sent).toBe(0);
    expect(preloadsAtFirstFetch).toEqual([]);
    expect(preloaded()).toEqual([]);
  });
});
