/**
 * Answers held against recorded Clockify behaviour (issue 13, findings 7–11a): the user
 * theme, the add-on token error, `get-week-before`, list windows written with offsets and
 * paths with a trailing slash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, type TestServer } from '../test-utils';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

interface Row {
  id: string;
  projectId: string | null;
  taskId: string | null;
  timeInterval: { start: string };
}
const secs = (iso: string) => Date.parse(iso) / 1000;
const ids = (rows: Row[]) => rows.map((e) => e.id);
const owner = () => s.person(EMAILS.owner);
const listOf = (email: string, query: string) => s.call('GET', entriesPath(s.person(email), query), { key: owner().apiKey });

describe('user settings', () => {
  it('settings.theme is one of Clockify\'s values (DARK, DEFAULT) on /v1/user and in member lists', async () => {
    const me = await s.call('GET', '/api/v1/user', { key: owner().apiKey });
    expect(me.body.settings.theme).toBe('DEFAULT');
    const members = await s.call('GET', `/api/v1/workspaces/${owner().workspaceId}/users`, { key: owner().apiKey });
    expect(members.body.length).toBeGreaterThan(1);
    for (const m of members.body) expect(['DARK', 'DEFAULT']).toContain(m.settings.theme);
  });
});

describe('add-on tokens', () => {
  it('an invalid X-Addon-Token is 401 with code 4017; an invalid X-Api-Key stays 4003', async () => {
    const addon = await s.call('GET', '/api/v1/user', { headers: { 'X-Addon-Token': 'not-a-token' } });
    expect(addon.status).toBe(401);
    expect(addon.body).toEqual({ message: 'Token is not valid', code: 4017 });
    const key = await s.call('GET', '/api/v1/user', { key: 'not-a-key' });
    expect(key.body).toEqual({ message: 'Api key does not exist', code: 4003 });
  });
});

describe('get-week-before', () => {
  it('is an instant: the entries of the 7 days before it that have a project or a task', async () => {
    const all = (await listOf(EMAILS.berlin, '?page-size=5000')).body as Row[];
    const at = '2026-08-12T00:00:00Z';
    const expected = all.filter(
      (e) => secs(e.timeInterval.start) >= secs(at) - 7 * 86_400 && secs(e.timeInterval.start) < secs(at) && (e.projectId !== null || e.taskId !== null),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(all.some((e) => e.projectId === null && e.taskId === null)).toBe(true);
    const res = await listOf(EMAILS.berlin, `?get-week-before=${at}&page-size=5000`);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(ids(expected));
  });

  it('a value that is not a date-time is 400/3000', async () => {
    for (const v of ['true', '2026-08-12']) {
      const res = await listOf(EMAILS.berlin, `?get-week-before=${v}`);
      expect(res.status, v).toBe(400);
      expect(res.body.code).toBe(3000);
    }
  });
});

describe('list windows with offsets', () => {
  it('+00:00 reads like Z, and +02:00 is converted first, then read as wall-clock time like Z', async () => {
    const window = async (start: string, end: string) => {
      const res = await listOf(EMAILS.tokyo, `?start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}&page-size=5000`);
      expect(res.status, `${start} ${end}`).toBe(200);
      return ids(res.body);
    };
    const z = await window('2026-08-10T00:00:00Z', '2026-08-10T23:59:59Z');
    expect(z.length).toBeGreaterThan(0);
    expect(await window('2026-08-10T00:00:00+00:00', '2026-08-10T23:59:59+00:00')).toEqual(z);
    expect(await window('2026-08-10T02:00:00+02:00', '2026-08-11T01:59:59+02:00')).toEqual(z);
    expect(await window('2026-08-09T19:00:00-05:00', '2026-08-10T18:59:59-05:00')).toEqual(z);
  });

  it('an unencoded + (read as a space by query parsing) is understood too; nonsense offsets are 400', async () => {
    const plain = await listOf(EMAILS.tokyo, '?start=2026-08-10T00:00:00Z&page-size=5000');
    const spaced = await listOf(EMAILS.tokyo, '?start=2026-08-10T00:00:00+00:00&page-size=5000');
    expect(spaced.status).toBe(200);
    expect(ids(spaced.body)).toEqual(ids(plain.body));
    expect((await listOf(EMAILS.tokyo, `?start=${encodeURIComponent('2026-08-10T00:00:00+25:00')}`)).status).toBe(400);
  });
});

describe('trailing slashes', () => {
  it('are answered as the same path without the slash', async () => {
    const p = owner();
    for (const path of [
      `/api/v1/workspaces/${p.workspaceId}/projects`,
      `/api/v1/workspaces/${p.workspaceId}/user/${p.userId}/time-entries`,
      '/api/v1/user',
    ]) {
      const without = await s.call('GET', `${path}?page-size=500`, { key: p.apiKey });
      const withSlash = await s.call('GET', `${path}/?page-size=500`, { key: p.apiKey });
      expect(withSlash.status, path).toBe(200);
      expect(withSlash.body, path).toEqual(without.body);
    }
  });
});
