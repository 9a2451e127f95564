import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entriesQueries } from '../../features/entries/api';
import { readEntriesUrl } from '../../features/entries/use-entries-params';
import { clientFor } from '../../session/connection-context';
import { meQuery } from '../../session/me-query';
import { workspaceQueries } from '../../shared/workspaces/api';
import { preloadForLocation } from '../router';
import { prefetchFirstScreen } from './entries-first-screen';
import { FIRST_SCREEN_WAIT_MS } from './first-screen';
import { fakeApi, fakeConnection, json } from '../../test/fake-api';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const ME = 'c'.repeat(24);
const PROJECT = 'd'.repeat(24);
const connection = fakeConnection('conn-1');

const user = (id: string, name: string) => ({ id, name, email: `${name.toLowerCase()}@example.com`, settings: { timeZone: 'Europe/Berlin', weekStart: 'MONDAY' } });
const entry = (n: number) => ({
  id: String(n).padStart(24, '0'),
  description: `Entry ${n}`,
  userId: UID,
  workspaceId: WID,
  timeInterval: { start: '2026-11-02T08:00:00Z', end: '2026-11-02T09:00:00Z', duration: 'PT1H' },
});

/** Answers each first-screen read as the sandbox would, and records what was asked. */
const network = () =>
  fakeApi((url) => {
    if (url.endsWith('/v1/user')) return json(user(ME, 'Owner'));
    if (url.endsWith('/v1/workspaces')) return json([{ id: WID, name: 'Northwind' }]);
    if (url.includes('/users?')) return json([{ ...user(UID, 'Lukas'), roles: [] }, { ...user(ME, 'Owner'), roles: [{ role: 'WORKSPACE_ADMIN' }] }]);
    if (url.includes('/time-entries?')) return json([entry(1), entry(2)], { 'last-page': 'true' });
    return undefined;
  });

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('prefetchFirstScreen', () => {
  it('puts the entries page’s first reads in the cache, under the keys the page reads them by', async () => {
    const { asked } = network();
    const qc = new QueryClient();
    const search = `?from=2026-11-01&to=2026-11-30&project=${PROJECT}&q=design`;
    await prefetchFirstScreen(qc, { workspaceId: WID, userId: UID }, search, connection);

    const client = clientFor(connection);
    expect(qc.getQueryData(meQuery(client).queryKey)).toMatchObject({ id: ME, name: 'Owner' });
    expect(qc.getQueryData(workspaceQueries.all(client).queryKey)).toMatchObject([{ id: WID }]);
    expect(qc.getQueryData(workspaceQueries.members(client, WID).queryKey)?.members.map((m) => m.name)).toEqual(['Lukas', 'Owner']);
    // The list under the page's key for this URL (readEntriesUrl is how the page reads it).
    const { range, project, q } = readEntriesUrl(new URLSearchParams(search));
    const list = qc.getQueryData(entriesQueries.list(client, { workspaceId: WID, userId: UID, ...range!, project, q }).queryKey);
    expect(list?.pages.flatMap((p) => p.items.map((e) => e.description))).toEqual(['Entry 1', 'Entry 2']);
    // Each asked once: the page, rendering from the cache, asks none of them again.
    expect(asked.filter((u) => u.includes('/time-entries?'))).toEqual([
      `/v1/workspaces/${WID}/user/${UID}/time-entries?start=2026-11-01T00%3A00%3A00Z&end=2026-11-30T23%3A59%3A59Z&project=${PROJECT}&description=design&page=1&page-size=1000`,
    ]);
    expect(asked).toHaveLength(4);
  });

  it('without a range in the URL asks for this week on the member’s calendar, once their record is in', async () => {
    // Sunday 8 Nov, 23:30 UTC is already Monday 9 Nov, 00:30 in Berlin (Lukas's zone, weeks from
    // Monday): his week is 9–15 Nov, not the UTC week of 2–8 Nov.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-08T23:30:00Z'));
    for (const search of ['', '?from=2026-12-01&to=2026-11-01', '?q=design']) {
      const { asked } = network();
      const qc = new QueryClient();
      await prefetchFirstScreen(qc, { workspaceId: WID, userId: UID }, search, connection);
      const description = search.includes('q=') ? '&description=design' : '';
      expect(asked.filter((u) => u.includes('/time-entries?')), search).toEqual([
        `/v1/workspaces/${WID}/user/${UID}/time-entries?start=2026-11-09T00%3A00%3A00Z&end=2026-11-15T23%3A59%3A59Z${description}&page=1&page-size=1000`,
      ]);
      // Under the key the page reads that week by (see useEntriesParams).
      const key = entriesQueries.list(clientFor(connection), { workspaceId: WID, userId: UID, from: '2026-11-09', to: '2026-11-15', project: null, q: description ? 'design' : null }).queryKey;
      expect(qc.getQueryData(key)?.pages.flatMap((p) => p.items.map((e) => e.description)), search).toEqual(['Entry 1', 'Entry 2']);
      vi.unstubAllGlobals();
    }
  });

  it('without a range, for someone who is not a member the key can see, leaves the list to the page', async () => {
    const { asked } = network();
    await prefetchFirstScreen(new QueryClient(), { workspaceId: WID, userId: 'e'.repeat(24) }, '', connection);
    expect(asked.some((u) => u.includes('/time-entries'))).toBe(false);
    expect(asked).toHaveLength(3);
  });

  it('is what opening an entries link waits for before the first render', async () => {
    network();
    sessionStorage.setItem('timekeeper.connection', JSON.stringify(connection));
    const qc = new QueryClient();
    try {
      await preloadForLocation({ pathname: `/w/${WID}/u/${UID}`, search: '?from=2026-11-01&to=2026-11-30' }, qc);
    } finally {
      sessionStorage.clear();
    }
    const key = entriesQueries.list(clientFor(connection), { workspaceId: WID, userId: UID, from: '2026-11-01', to: '2026-11-30', project: null, q: null }).queryKey;
    expect(qc.getQueryData(key)?.pages.flatMap((p) => p.items.map((e) => e.description))).toEqual(['Entry 1', 'Entry 2']);
  });

  it('reads nothing elsewhere, without a connection, or for a path that is not a member’s', async () => {
    const { fetch } = network();
    sessionStorage.setItem('timekeeper.connection', JSON.stringify(connection));
    try {
      await preloadForLocation({ pathname: '/connect', search: '' }, new QueryClient());
    } finally {
      sessionStorage.clear();
    }
    await prefetchFirstScreen(new QueryClient(), { workspaceId: WID, userId: UID }, '', null);
    await prefetchFirstScreen(new QueryClient(), { workspaceId: WID, userId: 'me' }, '', connection);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not hold the first render longer than FIRST_SCREEN_WAIT_MS for data that is slow to come', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    let done = false;
    void prefetchFirstScreen(new QueryClient(), { workspaceId: WID, userId: UID }, '?from=2026-11-01&to=2026-11-30', connection).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('shares one client (and its rate limit) with the page for the same connection', () => {
    expect(clientFor({ ...connection })).toBe(clientFor(connection));
    expect(clientFor({ ...connection, id: 'conn-2' })).not.toBe(clientFor(connection));
    expect(clientFor({ ...connection, rateLimitPerSecond: 5 })).not.toBe(clientFor(connection));
  });
});
