import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, TEST_NOW, type TestServer } from '../test-utils';
import { formatInstant } from './time';

const DAY = 86_400;
const LOCK_AT = Math.floor(TEST_NOW / DAY) * DAY - 30 * DAY;
const iso = formatInstant;
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
});
beforeEach(() => s.reset({ entriesPerUser: 40 }));
afterAll(() => s.close());

type Entry = { id: string; description: string; isLocked: boolean; timeInterval: { start: string; end: string | null; duration: string | null }; customFieldValues: { customFieldId: string; value: unknown }[]; projectId: string | null; tagIds: string[] | null; taskId: string | null; billable: boolean; type: string };

const key = (email: string, ws?: string) => s.person(email, ws).apiKey;
const entries = async (email: string, query = '', ws?: string): Promise<Entry[]> =>
  (await s.call('GET', entriesPath(s.person(email, ws), `?page-size=5000${query}`), { key: key(EMAILS.owner, ws) })).body;
const stop = (target: string, as: string, end = iso(TEST_NOW), ws?: string) =>
  s.call('PATCH', entriesPath(s.person(target, ws)), { key: key(as, ws), body: { end } });
const del = (target: string, as: string, query: string) => s.call('DELETE', entriesPath(s.person(target), query), { key: key(as) });
const create = (target: string, as: string, body: object, ws?: string) => s.call('POST', entriesPath(s.person(target, ws)), { key: key(as, ws), body });
const running = async (email: string, ws?: string) => (await entries(email, '&in-progress=true', ws))[0];

describe('stop the running timer (PATCH)', () => {
  it('stops it and returns TimeEntryDtoImplV1', async () => {
    const before = await running(EMAILS.tokyo);
    const res = await stop(EMAILS.tokyo, EMAILS.tokyo);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(before.id);
    expect(res.body.timeInterval).toEqual({ start: before.timeInterval.start, end: iso(TEST_NOW), duration: 'PT40M' });
    expect(res.body).not.toHaveProperty('hourlyRate');
    expect(await running(EMAILS.tokyo)).toBeUndefined();
  });

  it('accepts milliseconds and stores second precision', async () => {
    const res = await stop(EMAILS.tokyo, EMAILS.tokyo, '2026-08-12T12:00:00.789Z');
    expect(res.body.timeInterval.end).toBe('2026-08-12T12:00:00Z');
  });

  it('404/404 when nothing is running', async () => {
    await stop(EMAILS.tokyo, EMAILS.tokyo);
    const res = await stop(EMAILS.tokyo, EMAILS.tokyo);
    const p = s.person(EMAILS.tokyo);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: `Currently running time entry doesn't exist on workspace ${p.workspaceId} for user ${p.userId}.`, code: 404 });
  });

  it('400/501 when end is before start; the timer keeps running', async () => {
    const res = await stop(EMAILS.tokyo, EMAILS.tokyo, iso(TEST_NOW - 3600));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(501);
    expect(res.body.message).toMatch(/^Start datetime \S+ is greater than end datetime \S+\.$/);
    expect(await running(EMAILS.tokyo)).toBeDefined();
  });

  it('400/501 when the running entry breaks a workspace rule (forceProjects); the timer keeps running', async () => {
    const side = 'Side Project Lab';
    for (const as of [EMAILS.sideOnly, EMAILS.owner]) {
      const res = await stop(EMAILS.sideOnly, as, iso(TEST_NOW), side);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(501);
      expect(res.body.message).toMatch(/project/i);
    }
    expect(await running(EMAILS.sideOnly, side)).toBeDefined();
  });

  it('403 for members without rights; team managers may stop their team', async () => {
    expect((await stop(EMAILS.tokyo, EMAILS.berlin)).status).toBe(403);
    expect((await stop(EMAILS.tokyo, EMAILS.otherManager)).status).toBe(403);
    expect((await stop(EMAILS.tokyo, EMAILS.projectManager)).body).toEqual({ message: 'Access Denied', code: 403 });
    expect((await stop(EMAILS.tokyo, EMAILS.teamManager)).status).toBe(200);
    expect((await stop(EMAILS.losAngeles, EMAILS.admin)).status).toBe(200);
  });

  it('400/501 "Time entry is locked" for non-admins on a timer started before the lock date', async () => {
    const created = await create(EMAILS.berlin, EMAILS.owner, { start: iso(LOCK_AT - 5 * DAY) });
    expect(created.status).toBe(201);
    expect(created.body.isLocked).toBe(true);
    const res = await stop(EMAILS.berlin, EMAILS.berlin);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: 'Time entry is locked', code: 501 });
    expect((await stop(EMAILS.berlin, EMAILS.teamManager)).body.code).toBe(501);
    expect((await stop(EMAILS.berlin, EMAILS.owner)).status).toBe(200);
  });
});

describe('bulk delete (DELETE …/user/{uid}/time-entries)', () => {
  it('deletes with repeated keys, comma lists and mixes; returns what was deleted', async () => {
    const own = (await entries(EMAILS.berlin)).filter((e) => !e.isLocked);
    const [a, b, c, d, e] = own.map((x) => x.id);
    const r1 = await del(EMAILS.berlin, EMAILS.berlin, `?time-entry-ids=${a}&time-entry-ids=${b}`);
    expect(r1.status).toBe(200);
    expect(r1.body.map((x: Entry) => x.id)).toEqual([a, b]);
    expect(r1.body[0]).not.toHaveProperty('hourlyRate');
    expect(r1.body[0]).toMatchObject({ id: a, userId: s.person(EMAILS.berlin).userId, timeInterval: { start: expect.any(String) } });
    const r2 = await del(EMAILS.berlin, EMAILS.berlin, `?time-entry-ids=${c},${d}&time-entry-ids=${e}`);
    expect(r2.body.map((x: Entry) => x.id)).toEqual([c, d, e]);
    const left = (await entries(EMAILS.berlin)).map((x) => x.id);
    for (const id of [a, b, c, d, e]) expect(left).not.toContain(id);
    expect(left).toHaveLength(35);
  });

  it('skips unknown, malformed, foreign and (for non-admins) locked ids', async () => {
    const own = await entries(EMAILS.berlin);
    const unlocked = own.find((e) => !e.isLocked)!;
    const locked = own.find((e) => e.isLocked)!;
    const foreign = (await entries(EMAILS.tokyo))[5];
    const ids = [unlocked.id, locked.id, foreign.id, 'f'.repeat(24), 'not-an-id', '%%'].join(',');
    const res = await del(EMAILS.berlin, EMAILS.berlin, `?time-entry-ids=${encodeURIComponent(ids)}`);
    expect(res.status).toBe(200);
    expect(res.body.map((x: Entry) => x.id)).toEqual([unlocked.id]);
    expect((await entries(EMAILS.berlin)).map((e) => e.id)).toContain(locked.id);
    expect((await entries(EMAILS.tokyo)).map((e) => e.id)).toContain(foreign.id);
    const admin = await del(EMAILS.berlin, EMAILS.owner, `?time-entry-ids=${locked.id}`);
    expect(admin.body.map((x: Entry) => x.id)).toEqual([locked.id]);
  });

  it('deletes a running entry like any other', async () => {
    const run = await running(EMAILS.tokyo);
    const res = await del(EMAILS.tokyo, EMAILS.tokyo, `?time-entry-ids=${run.id}`);
    expect(res.body[0].timeInterval).toMatchObject({ end: null, duration: null });
    expect(await running(EMAILS.tokyo)).toBeUndefined();
  });

  it('400/3000 without ids; 403 for another member without rights', async () => {
    for (const q of ['', '?time-entry-ids=', '?time-entry-ids=,,']) {
      const res = await del(EMAILS.berlin, EMAILS.berlin, q);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(3000);
    }
    const id = (await entries(EMAILS.tokyo))[3].id;
    expect((await del(EMAILS.tokyo, EMAILS.berlin, `?time-entry-ids=${id}`)).status).toBe(403);
    expect((await del(EMAILS.tokyo, EMAILS.teamManager, `?time-entry-ids=${id}`)).body).toHaveLength(1);
  });
});

describe('create (POST)', () => {
  it('201 with a new id and Clockify defaults', async () => {
    const res = await create(EMAILS.berlin, EMAILS.berlin, { start: '2026-08-11T08:00:00Z', end: '2026-08-11T09:30:00Z' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      description: '', billable: false, projectId: null, taskId: null, tagIds: null, type: 'REGULAR', isLocked: false,
      kioskId: null, customFieldValues: [], timeInterval: { start: '2026-08-11T08:00:00Z', end: '2026-08-11T09:30:00Z', duration: 'PT1H30M' },
    });
    expect(res.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect((await entries(EMAILS.berlin)).map((e) => e.id)).toContain(res.body.id);
  });

  it('without end starts a timer and stops the running one at the new start', async () => {
    const old = await running(EMAILS.tokyo);
    const start = iso(TEST_NOW - 60);
    const res = await create(EMAILS.tokyo, EMAILS.tokyo, { start, description: 'Nächster Task 🚀' });
    expect(res.status).toBe(201);
    expect(res.body.timeInterval).toEqual({ start, end: null, duration: null });
    const all = await entries(EMAILS.tokyo);
    expect(all.find((e) => e.id === old.id)!.timeInterval.end).toBe(start);
    expect(all.filter((e) => e.timeInterval.end === null).map((e) => e.id)).toEqual([res.body.id]);
  });

  it('400/501 for unknown project, task or tag; 400/3000 for malformed ids', async () => {
    const base = { start: '2026-08-11T08:00:00Z', end: '2026-08-11T09:00:00Z' };
    const side = s.person(EMAILS.owner, 'Side Project Lab');
    const sideProject = (await s.call('GET', `/api/v1/workspaces/${side.workspaceId}/projects`, { key: side.apiKey })).body[0].id;
    for (const body of [{ projectId: 'a'.repeat(24) }, { projectId: sideProject }, { tagIds: ['b'.repeat(24)] }, { taskId: 'c'.repeat(24) }]) {
      const res = await create(EMAILS.berlin, EMAILS.berlin, { ...base, ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe(501);
    }
    const bad = await create(EMAILS.berlin, EMAILS.berlin, { ...base, projectId: 'nope' });
    expect(bad.body.code).toBe(3000);
    const order = await create(EMAILS.berlin, EMAILS.berlin, { start: base.end, end: base.start });
    expect(order.body).toMatchObject({ code: 501, message: expect.stringMatching(/^Start datetime/) });
  });

  it('restores a deleted entry with its custom fields (new id, same content)', async () => {
    const original = (await entries(EMAILS.owner)).find((e) => e.customFieldValues.length > 0)!;
    const gone = await del(EMAILS.owner, EMAILS.owner, `?time-entry-ids=${original.id}`);
    expect(gone.body).toHaveLength(1);
    const res = await create(EMAILS.owner, EMAILS.owner, {
      start: original.timeInterval.start, end: original.timeInterval.end, billable: original.billable, description: original.description,
      projectId: original.projectId, taskId: original.taskId, tagIds: original.tagIds, type: original.type,
      customFields: original.customFieldValues.map((c) => ({ customFieldId: c.customFieldId, sourceType: 'TIMEENTRY', value: c.value })),
    });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(original.id);
    expect(res.body.customFieldValues.map((c: { customFieldId: string; value: unknown }) => [c.customFieldId, c.value]))
      .toEqual(original.customFieldValues.map((c) => [c.customFieldId, c.value]));
    const { id: _a, customFieldValues: _b, hourlyRate: _c, costRate: _d, ...rest } = original as Entry & { hourlyRate: unknown; costRate: unknown };
    expect(res.body).toMatchObject(rest);
  });

  it('creating for others needs admin or team-manager rights', async () => {
    const body = { start: '2026-08-11T08:00:00Z', end: '2026-08-11T09:00:00Z' };
    expect((await create(EMAILS.tokyo, EMAILS.berlin, body)).status).toBe(403);
    expect((await create(EMAILS.mexico, EMAILS.teamManager, body)).status).toBe(403);
    expect((await create(EMAILS.tokyo, EMAILS.teamManager, body)).status).toBe(201);
    const byAdmin = await create(EMAILS.mexico, EMAILS.admin, body);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.userId).toBe(s.person(EMAILS.mexico).userId);
  });

  it('POST /workspaces/{wid}/time-entries creates for the caller', async () => {
    const me = s.person(EMAILS.sydney);
    const res = await s.call('POST', `/api/v1/workspaces/${me.workspaceId}/time-entries`, {
      key: me.apiKey, body: { start: '2026-08-11T01:00:00Z', end: '2026-08-11T02:00:00Z', billable: true },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: me.userId, billable: true });
  });

  it('locked period: non-admins 400/501, admins allowed', async () => {
    const body = { start: iso(LOCK_AT - 2 * DAY), end: iso(LOCK_AT - 2 * DAY + 3600) };
    expect((await create(EMAILS.berlin, EMAILS.berlin, body)).body).toEqual({ message: 'Time entry is locked', code: 501 });
    const admin = await create(EMAILS.berlin, EMAILS.admin, body);
    expect(admin.status).toBe(201);
    expect(admin.body.isLocked).toBe(true);
  });

  it('forceProjects applies to finished entries', async () => {
    const res = await create(EMAILS.sideOnly, EMAILS.sideOnly, { start: '2026-08-11T08:00:00Z', end: '2026-08-11T09:00:00Z' }, 'Side Project Lab');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(501);
  });
});

describe('one entry: PUT and DELETE', () => {
  const path = (id: string) => `/api/v1/workspaces/${s.person(EMAILS.owner).workspaceId}/time-entries/${id}`;

  it('PUT updates and returns the entry; locked needs admin', async () => {
    const [unlocked, locked] = [(await entries(EMAILS.berlin)).find((e) => !e.isLocked)!, (await entries(EMAILS.berlin)).find((e) => e.isLocked)!];
    const body = { start: unlocked.timeInterval.start, end: unlocked.timeInterval.end, description: 'Renamed ✏️', billable: true };
    const res = await s.call('PUT', path(unlocked.id), { key: key(EMAILS.berlin), body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: unlocked.id, description: 'Renamed ✏️', billable: true });
    expect((await s.call('GET', path(unlocked.id), { key: key(EMAILS.berlin) })).body.description).toBe('Renamed ✏️');
    const lockedBody = { start: locked.timeInterval.start, end: locked.timeInterval.end, description: 'x' };
    expect((await s.call('PUT', path(locked.id), { key: key(EMAILS.berlin), body: lockedBody })).body.code).toBe(501);
    expect((await s.call('PUT', path(locked.id), { key: key(EMAILS.owner), body: lockedBody })).status).toBe(200);
    expect((await s.call('PUT', path(unlocked.id), { key: key(EMAILS.berlin), body: { description: 'no start' } })).body.code).toBe(3000);
    expect((await s.call('PUT', path('e'.repeat(24)), { key: key(EMAILS.berlin), body })).body.code).toBe(501);
  });

  it('DELETE → 204 empty, then 400/501; others need rights', async () => {
    const mine = (await entries(EMAILS.berlin)).find((e) => !e.isLocked)!;
    const theirs = (await entries(EMAILS.tokyo))[4];
    expect((await s.call('DELETE', path(theirs.id), { key: key(EMAILS.berlin) })).status).toBe(403);
    const res = await s.call('DELETE', path(mine.id), { key: key(EMAILS.berlin) });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const again = await s.call('DELETE', path(mine.id), { key: key(EMAILS.berlin) });
    expect(again.body).toEqual({ message: "Time entry doesn't belong to Workspace", code: 501 });
  });
});
