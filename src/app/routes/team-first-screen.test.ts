import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timerQueries } from '../../features/timer/api';
import { clientFor } from '../../session/connection-context';
import { meQuery } from '../../session/me-query';
import { workspaceQueries } from '../../shared/workspaces/api';
import { preloadForLocation } from '../router';
import { FIRST_SCREEN_WAIT_MS } from './first-screen';
import { prefetchTeamFirstScreen } from './team-first-screen';
import { fakeApi, fakeConnection, json } from '../../test/fake-api';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const ME = 'c'.repeat(24);
const PROJECT = 'd'.repeat(24);
const connection = fakeConnection('conn-team');

const user = (id: string, name: string) => ({ id, name, email: `${name.toLowerCase()}@example.com`, settings: { timeZone: 'Asia/Tokyo', weekStart: 'MONDAY' } });

/** Answers each of Team timers' first reads as the sandbox would, and records what was asked. */
const network = () =>
  fakeApi((url) => {
    if (url.endsWith('/v1/user')) return json(user(ME, 'Owner'));
    if (url.endsWith('/v1/workspaces')) return json([{ id: WID, name: 'Northwind' }]);
    if (url.includes('/users?')) return json([{ ...user(UID, 'Haruto'), roles: [] }, { ...user(ME, 'Owner'), roles: [{ role: 'OWNER' }] }]);
    const running = { id: 'e'.repeat(24), description: 'Forgotten', userId: UID, workspaceId: WID, projectId: PROJECT, timeInterval: { start: '2026-11-02T08:00:00Z', end: null, duration: null } };
    if (url.includes('/status/in-progress?')) return json([running], { 'last-page': 'true' });
    if (url.includes('/projects?')) return json([{ id: PROJECT, name: 'Website' }], { 'last-page': 'true' });
    if (url.includes('/tags?') || url.includes('/clients?')) return json([], { 'last-page': 'true' });
    return undefined;
  });

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('prefetchTeamFirstScreen', () => {
  it('puts what Team timers shows first in the cache, under the keys the page reads them by', async () => {
    const { asked } = network();
    const qc = new QueryClient();
    await prefetchTeamFirstScreen(qc, WID, connection);

    const client = clientFor(connection);
    expect(qc.getQueryData(timerQueries.team(client, WID).queryKey)?.map((e) => e.description)).toEqual(['Forgotten']);
    expect(qc.getQueryData(workspaceQueries.members(client, WID).queryKey)?.members.map((m) => m.name)).toEqual(['Haruto', 'Owner']);
    expect(qc.getQueryData(meQuery(client).queryKey)).toMatchObject({ id: ME });
    expect(qc.getQueryData(workspaceQueries.all(client).queryKey)).toMatchObject([{ id: WID }]);
    expect(qc.getQueryData(workspaceQueries.catalog(client, WID).queryKey)?.projects.get(PROJECT)?.name).toBe('Website');
    // Each asked once: the page, rendering from the cache, asks none of them again.
    expect(asked).toHaveLength(7);
    expect(new Set(asked).size).toBe(7);
  });

  it('reads nothing without a connection or for a workspace id that is not Clockify’s', async () => {
    const { fetch } = network();
    await prefetchTeamFirstScreen(new QueryClient(), WID, null);
    await prefetchTeamFirstScreen(new QueryClient(), 'not-an-id', connection);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not hold the first render longer than FIRST_SCREEN_WAIT_MS for data that is slow to come', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    let done = false;
    void prefetchTeamFirstScreen(new QueryClient(), WID, connection).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('is what opening a Team timers link waits for before the first render', async () => {
    network();
    sessionStorage.setItem('timekeeper.connection', JSON.stringify(connection));
    const qc = new QueryClient();
    try {
      await preloadForLocation({ pathname: `/w/${WID}/running`, search: '' }, qc);
    } finally {
      sessionStorage.clear();
    }
    expect(qc.getQueryData(timerQueries.team(clientFor(connection), WID).queryKey)?.map((e) => e.description)).toEqual(['Forgotten']);
  });
});
