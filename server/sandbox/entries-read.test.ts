import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../src/clockify/schemas';
import { EMAILS, entriesPath, startTestServer, TEST_NOW, type TestServer } from '../test-utils';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DAY = 86_400;
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ reset: { entriesPerUser: 20 } });
});
afterAll(() => s.close());

const list = (email: string, query = '', as = email) => s.call('GET', entriesPath(s.person(email), query), { key: s.person(as).apiKey });
const secs = (iso: string) => Date.parse(iso) / 1000;

describe('entry list shape and order', () => {
  it('returns TimeEntryWithRatesDtoV1 rows, newest first', async () => {
    const res = await list(EMAILS.berlin, '?page-size=50');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(20);
    const me = s.person(EMAILS.berlin);
    for (const e of res.body) {
      expect(e.id).toMatch(/^[0-9a-f]{24}$/);
      expect(e.userId).toBe(me.userId);
      expect(e.workspaceId).toBe(me.workspaceId);
      expect(typeof e.description).toBe('string');
      expect(typeof e.billable).toBe('boolean');
      expect(e.kioskId).toBeNull();
      expect(e.type).toBe('REGULAR');
      expect(Array.isArray(e.customFieldValues)).toBe(true);
      expect(e.tagIds === null || (Array.isArray(e.tagIds) && e.tagIds.length > 0)).toBe(true);
      expect(e.timeInterval.start).toMatch(INSTANT);
      expect(e.timeInterval.end).toMatch(INSTANT);
      expect(parseIsoDuration(e.timeInterval.duration)).toBe(secs(e.timeInterval.end) - secs(e.timeInterval.start));
      expect(e.timeInterval.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
      expect(e.hourlyRate).toEqual({ amount: expect.any(Number), currency: 'USD' });
      expect(e.costRate).toEqual({ amount: 5000, currency: 'USD' });
      expect(e.isLocked).toBe(secs(e.timeInterval.start) < Math.floor(TEST_NOW / DAY) * DAY - 30 * DAY);
    }
    const starts = res.body.map((e: { timeInterval: { start: string } }) => secs(e.timeInterval.start));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(res.body.some((e: { isLocked: boolean }) => e.isLocked)).toBe(true);
    expect(res.body.some((e: { isLocked: boolean }) => !e.isLocked)).toBe(true);
  });

  it('costRate is null for members without one', async () => {
    const res = await list(EMAILS.losAngeles, '?page-size=5', EMAILS.owner);
    expect(res.body[0].costRate).toBeNull();
  });

  it('shows the running entry with null end/duration, below future-dated entries', async () => {
    const res = await list(EMAILS.tokyo);
    const runningIndex = res.body.findIndex((e: { timeInterval: { end: string | null } }) => e.timeInterval.end === null);
    expect(runningIndex).toBe(2);
    expect(res.body[runningIndex].timeInterval).toEqual({ start: expect.stringMatching(INSTANT), end: null, duration: null });
    expect(secs(res.body[0].timeInterval.start)).toBeGreaterThan(TEST_NOW);
    const only = await list(EMAILS.tokyo, '?in-progress=true&page-size=1');
    expect(only.body).toHaveLength(1);
    expect(only.body[0].id).toBe(res.body[runningIndex].id);
  });

  it('breaks start ties by id, descending', async () => {
    const me = s.person(EMAILS.mexico);
    const body = { start: '2026-08-11T20:00:00Z', end: '2026-08-11T20:30:00Z', description: 'tie' };
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await s.call('POST', entriesPath(me), { key: me.apiKey, body })).body.id);
    const res = await list(EMAILS.mexico, '?description=tie');
    expect(res.body.map((e: { id: string }) => e.id)).toEqual([...ids].sort().reverse());
  });
});

describe('pagination', () => {
  it('exact multiple of the page size', async () => {
    const p1 = await list(EMAILS.berlin, '?page-size=10&page=1');
    const p2 = await list(EMAILS.berlin, '?page-size=10&page=2');
    const p3 = await list(EMAILS.berlin, '?page-size=10&page=3');
    expect([p1.body.length, p2.body.length, p3.body.length]).toEqual([10, 10, 0]);
    expect([p1, p2, p3].map((r) => r.headers.get('last-page'))).toEqual(['false', 'true', 'true']);
    const all = (await list(EMAILS.berlin, '?page-size=20')).body;
    expect([...p1.body, ...p2.body]).toEqual(all);
  });

  it('short last page and page beyond the end', async () => {
    const p3 = await list(EMAILS.berlin, '?page-size=7&page=3');
    expect(p3.body).toHaveLength(6);
    expect(p3.headers.get('last-page')).toBe('true');
    const far = await list(EMAILS.berlin, '?page-size=7&page=999999');
    expect(far.body).toEqual([]);
    expect(far.headers.get('last-page')).toBe('true');
  });

  it('page-size 5000 is fine, 5001 is not; default is 50', async () => {
    expect((await list(EMAILS.berlin, '?page-size=5000')).status).toBe(200);
    const over = await list(EMAILS.berlin, '?page-size=5001');
    expect(over.status).toBe(400);
    expect(over.body.code).toBe(3000);
    const big = await startTestServer({ reset: { entriesPerUser: 60 } });
    try {
      const res = await big.call('GET', entriesPath(big.person(EMAILS.berlin)), { key: big.person(EMAILS.berlin).apiKey });
      expect(res.body).toHaveLength(50);
      expect(res.headers.get('last-page')).toBe('false');
    } finally {
      await big.close();
    }
  });

  it.each(['page=abc', 'page-size=0', 'page-size=-1', 'page=0', 'page-size=1.5', 'page=99999999999', 'start=yesterday',
    'start=2026-02-30T00:00:00Z', 'end=2026-08-01', 'in-progress=maybe', 'hydrated=2x', 'get-week-before=nope'])(
    '400/3000 for %s', async (query) => {
      const res = await list(EMAILS.berlin, `?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(3000);
    });

  it('ignores unknown and camelCase names', async () => {
    const res = await list(EMAILS.berlin, '?pageSize=2&projectId=zzz');
    expect(res.body).toHaveLength(20);
  });
});

describe('time-zone window', () => {
  // Default seed density (every weekday has entries), so fixed windows are never empty.
  let dense: TestServer;
  beforeAll(async () => {
    dense = await startTestServer();
  });
  afterAll(() => dense.close());
  const denseList = (email: string, query: string) =>
    dense.call('GET', entriesPath(dense.person(email), query), { key: dense.person(EMAILS.owner).apiKey });

  async function checkWindow(email: string, offsetHours: number, start: string, end: string) {
    const all = (await denseList(email, '?page-size=5000')).body as { id: string; timeInterval: { start: string } }[];
    const expected = (from: number, to: number) => all.filter((e) => secs(e.timeInterval.start) >= from && secs(e.timeInterval.start) <= to).map((e) => e.id);
    const local = expected(secs(start) - offsetHours * 3600, secs(end) - offsetHours * 3600);
    const naive = expected(secs(start), secs(end));
    const res = await denseList(email, `?start=${start}&end=${end}&page-size=5000`);
    expect(res.status).toBe(200);
    expect(local.length).toBeGreaterThan(0);
    expect(local).not.toEqual(naive);
    expect(res.body.map((e: { id: string }) => e.id)).toEqual(local);
  }

  it('reads start/end as Tokyo wall-clock time for a Tokyo member', () =>
    checkWindow(EMAILS.tokyo, 9, '2026-08-10T12:00:00Z', '2026-08-10T23:59:59Z'));

  it('reads start/end as Los Angeles wall-clock time (PDT) for an LA member', () =>
    checkWindow(EMAILS.losAngeles, -7, '2026-08-10T00:00:00Z', '2026-08-10T12:00:00Z'));
});

describe('filters and hydration', () => {
  it('description is a case-insensitive substring, unicode included', async () => {
    const all = (await list(EMAILS.owner, '?page-size=5000')).body as { description: string }[];
    const needle = all.find((e) => /[A-Za-zë]{4,}/.test(e.description))!.description.slice(0, 4);
    const res = await list(EMAILS.owner, `?page-size=5000&description=${encodeURIComponent(needle.toUpperCase())}`);
    const expected = all.filter((e) => e.description.toLowerCase().includes(needle.toLowerCase()));
    expect(res.body).toHaveLength(expected.length);
  });

  it('project, task and tags filters', async () => {
    const all = (await list(EMAILS.owner, '?page-size=5000')).body as { projectId: string | null; taskId: string | null; tagIds: string[] | null }[];
    const withProject = all.find((e) => e.projectId)!;
    const byProject = await list(EMAILS.owner, `?page-size=5000&project=${withProject.projectId}`);
    expect(byProject.body.length).toBe(all.filter((e) => e.projectId === withProject.projectId).length);
    const withTag = all.find((e) => e.tagIds)!;
    const tag = withTag.tagIds![0];
    const byTag = await list(EMAILS.owner, `?page-size=5000&tags=${tag}`);
    expect(byTag.body.length).toBe(all.filter((e) => e.tagIds?.includes(tag)).length);
    expect(byTag.body.every((e: { tagIds: string[] }) => e.tagIds.includes(tag))).toBe(true);
  });

  it('hydrated=true keeps ids and adds project, task and tags', async () => {
    const res = await list(EMAILS.owner, '?page-size=5000&hydrated=true');
    const withProject = res.body.find((e: { projectId: string | null }) => e.projectId);
    expect(withProject.project).toMatchObject({ id: withProject.projectId, name: expect.any(String), color: expect.stringMatching(/^#[0-9A-Fa-f]{6}$/) });
    const withTags = res.body.find((e: { tagIds: string[] | null }) => e.tagIds);
    expect(withTags.tags.map((t: { id: string }) => t.id)).toEqual(withTags.tagIds);
    const noProject = res.body.find((e: { projectId: string | null }) => !e.projectId);
    if (noProject) expect(noProject.project).toBeNull();
  });
});

describe('one entry and permissions', () => {
  it('GET one entry; foreign or malformed ids are 400/501', async () => {
    const ada = s.person(EMAILS.owner);
    const first = (await list(EMAILS.owner)).body[0];
    const one = await s.call('GET', `/api/v1/workspaces/${ada.workspaceId}/time-entries/${first.id}`, { key: ada.apiKey });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(first);
    const side = s.person(EMAILS.owner, 'Side Project Lab');
    const sideEntry = (await s.call('GET', entriesPath(side), { key: side.apiKey })).body[0];
    for (const id of [sideEntry.id, 'nope', '0'.repeat(24)]) {
      const res = await s.call('GET', `/api/v1/workspaces/${ada.workspaceId}/time-entries/${id}`, { key: ada.apiKey });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ message: "Time entry doesn't belong to Workspace", code: 501 });
    }
  });

  it('users read only their own entries; team managers their team; admins everyone', async () => {
    expect((await list(EMAILS.tokyo, '', EMAILS.berlin)).status).toBe(403);
    expect((await list(EMAILS.tokyo, '', EMAILS.projectManager)).status).toBe(403);
    expect((await list(EMAILS.tokyo, '', EMAILS.teamManager)).status).toBe(200);
    expect((await list(EMAILS.mexico, '', EMAILS.teamManager)).status).toBe(403);
    expect((await list(EMAILS.mexico, '', EMAILS.otherManager)).status).toBe(200);
    expect((await list(EMAILS.mexico, '', EMAILS.admin)).status).toBe(200);
    const denied = await list(EMAILS.tokyo, '', EMAILS.berlin);
    expect(denied.body).toEqual({ message: 'Access Denied', code: 403 });
  });

  it('a user who is not a member of the workspace is 400/501', async () => {
    const ada = s.person(EMAILS.owner);
    const tomas = s.person(EMAILS.sideOnly, 'Side Project Lab');
    for (const uid of [tomas.userId, 'garbage']) {
      const res = await s.call('GET', `/api/v1/workspaces/${ada.workspaceId}/user/${uid}/time-entries`, { key: ada.apiKey });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(501);
    }
  });
});

describe('in-progress across the workspace', () => {
  const inProgress = (as: string, query = '') =>
    s.call('GET', `/api/v1/workspaces/${s.person(as).workspaceId}/time-entries/status/in-progress${query}`, { key: s.person(as).apiKey });
  const users = (res: { body: { userId: string }[] }) => res.body.map((e) => e.userId).sort();

  it('shows what the caller may see', async () => {
    const tokyo = s.person(EMAILS.tokyo).userId;
    const la = s.person(EMAILS.losAngeles).userId;
    const sydney = s.person(EMAILS.sydney).userId;
    const mexico = s.person(EMAILS.mexico).userId;
    expect(users(await inProgress(EMAILS.owner))).toEqual([tokyo, la, sydney, mexico].sort());
    expect(users(await inProgress(EMAILS.teamManager))).toEqual([tokyo, la, sydney].sort());
    expect(users(await inProgress(EMAILS.otherManager))).toEqual([mexico]);
    expect(users(await inProgress(EMAILS.tokyo))).toEqual([tokyo]);
    expect(users(await inProgress(EMAILS.berlin))).toEqual([]);
    const row = (await inProgress(EMAILS.owner)).body[0];
    expect(row.timeInterval.end).toBeNull();
    expect(row.hourlyRate.currency).toBe('USD');
  });

  it('pages with page-size up to 1000', async () => {
    const one = await inProgress(EMAILS.owner, '?page-size=1');
    expect(one.body).toHaveLength(1);
    expect(one.headers.get('last-page')).toBe('false');
    expect((await inProgress(EMAILS.owner, '?page-size=1000')).status).toBe(200);
    const over = await inProgress(EMAILS.owner, '?page-size=1001');
    expect(over.status).toBe(400);
    expect(over.body.code).toBe(3000);
  });
});
