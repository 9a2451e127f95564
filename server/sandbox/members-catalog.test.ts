import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, startTestServer, type TestServer } from '../test-utils';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ reset: { entriesPerUser: 5 } });
});
afterAll(() => s.close());

const get = (path: string, as: string = EMAILS.owner, ws?: string) => s.call('GET', path, { key: s.person(as, ws).apiKey });
const wsPath = (rest: string, ws?: string) => `/api/v1/workspaces/${s.person(EMAILS.owner, ws).workspaceId}${rest}`;

describe('user and workspaces', () => {
  it('GET /v1/user describes the key owner', async () => {
    const res = await get('/api/v1/user', EMAILS.tokyo);
    const me = s.person(EMAILS.tokyo);
    expect(res.body).toMatchObject({
      id: me.userId, email: EMAILS.tokyo, name: 'Haruto 佐藤', status: 'ACTIVE', activeWorkspace: me.workspaceId, defaultWorkspace: me.workspaceId,
      settings: { timeZone: 'Asia/Tokyo', weekStart: 'MONDAY', timeFormat: 'HOUR24', dateFormat: expect.any(String) },
    });
    expect((await get('/api/v1/user', EMAILS.losAngeles)).body.settings).toMatchObject({ timeZone: 'America/Los_Angeles', weekStart: 'SUNDAY' });
  });

  it('GET /v1/workspaces lists the key owner\'s workspaces with settings', async () => {
    const res = await get('/api/v1/workspaces');
    expect(res.body.map((w: { name: string }) => w.name)).toEqual(['Northwind Studio', 'Side Project Lab']);
    expect(res.headers.get('last-page')).toBeNull();
    const [main, side] = res.body;
    expect(main.workspaceSettings).toMatchObject({ forceProjects: false, lockTimeEntries: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00Z$/) });
    expect(side.workspaceSettings.forceProjects).toBe(true);
    expect((await get('/api/v1/workspaces', EMAILS.sideOnly, 'Side Project Lab')).body).toHaveLength(1);
    expect((await get('/api/v1/workspaces?roles=OWNER', EMAILS.owner)).body).toHaveLength(2);
    expect((await get('/api/v1/workspaces?roles=OWNER', EMAILS.berlin)).body).toHaveLength(0);
    expect((await get('/api/v1/workspaces?roles=KING')).status).toBe(400);
  });

  it('GET /v1/workspaces/{wid}', async () => {
    expect((await get(wsPath(''))).body.name).toBe('Northwind Studio');
    expect((await get(wsPath(''), EMAILS.sideOnly, 'Side Project Lab')).status).toBe(403);
  });
});

describe('members', () => {
  it('lists members for managers, 403 for plain users', async () => {
    for (const as of [EMAILS.owner, EMAILS.admin, EMAILS.teamManager, EMAILS.projectManager]) {
      const res = await get(wsPath('/users'), as);
      expect(res.status, as).toBe(200);
      expect(res.body).toHaveLength(10);
    }
    const denied = await get(wsPath('/users'), EMAILS.berlin);
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ message: 'Access Denied', code: 403 });
  });

  it('member shape; memberships only on request; roles with include-roles', async () => {
    const plain = (await get(wsPath('/users'))).body[0];
    expect(plain).toMatchObject({ id: expect.any(String), email: EMAILS.owner, name: 'Ada Lovelace', status: 'ACTIVE', profilePicture: expect.any(String) });
    expect(plain.settings).toMatchObject({ timeZone: 'Europe/London', weekStart: 'MONDAY', dateFormat: expect.any(String), timeFormat: 'HOUR24' });
    expect(plain).not.toHaveProperty('memberships');
    expect(plain).not.toHaveProperty('roles');
    const withExtras = (await get(wsPath('/users?memberships=WORKSPACE&include-roles=true'))).body;
    const zoe = withExtras.find((m: { email: string }) => m.email === EMAILS.teamManager);
    expect(zoe.roles).toEqual([{ role: 'TEAM_MANAGER' }]);
    expect(zoe.memberships[0]).toMatchObject({ membershipType: 'WORKSPACE', targetId: s.person(EMAILS.owner).workspaceId, hourlyRate: { amount: expect.any(Number) } });
    expect(withExtras.find((m: { email: string }) => m.email === EMAILS.berlin).roles).toEqual([]);
    expect(withExtras.find((m: { email: string }) => m.email === EMAILS.owner).roles).toEqual([{ role: 'OWNER' }]);
  });

  it('filters by name (case-insensitive substring) and email; pages', async () => {
    const byName = (await get(wsPath(`/users?name=${encodeURIComponent('ØDEGAARD')}`))).body;
    expect(byName.map((m: { email: string }) => m.email)).toEqual([EMAILS.teamManager]);
    expect((await get(wsPath('/users?email=MARCUS'))).body).toHaveLength(1);
    const p1 = await get(wsPath('/users?page-size=4&page=3'));
    expect(p1.body).toHaveLength(2);
    expect(p1.headers.get('last-page')).toBe('true');
    expect((await get(wsPath('/users?page-size=4'))).headers.get('last-page')).toBe('false');
    expect((await get(wsPath('/users?status=BOGUS'))).body.code).toBe(3000);
    expect((await get(wsPath('/users?memberships=SOME'))).body.code).toBe(3000);
  });
});

describe('projects, tags, clients, tasks', () => {
  it('projects: all by default, archived=false for pickers, name filter', async () => {
    const all = (await get(wsPath('/projects'))).body;
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.some((p: { archived: boolean }) => p.archived)).toBe(true);
    for (const p of all) {
      expect(p).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: expect.any(String), color: expect.stringMatching(/^#[0-9A-F]{6}$/i), archived: expect.any(Boolean), billable: expect.any(Boolean), public: expect.any(Boolean), workspaceId: s.person(EMAILS.owner).workspaceId });
      expect(typeof p.clientId).toBe('string');
      expect(typeof p.clientName).toBe('string');
    }
    expect(all.some((p: { name: string }) => p.name.includes('<script>alert("x")</script>'))).toBe(true);
    const active = (await get(wsPath('/projects?archived=false'))).body;
    expect(active.length).toBe(all.length - all.filter((p: { archived: boolean }) => p.archived).length);
    expect((await get(wsPath('/projects?archived=true'))).body.every((p: { archived: boolean }) => p.archived)).toBe(true);
    expect((await get(wsPath('/projects?name=website'))).body.map((p: { name: string }) => p.name)).toEqual(['Website Redesign']);
    const paged = await get(wsPath('/projects?page-size=2&page=2'));
    expect(paged.body).toEqual(all.slice(2, 4));
    expect(paged.headers.get('last-page')).toBe('false');
    expect((await get(wsPath('/projects?archived=perhaps'))).status).toBe(400);
  });

  it('tags and clients', async () => {
    const tags = (await get(wsPath('/tags'))).body;
    expect(tags.length).toBeGreaterThanOrEqual(6);
    expect(tags[0]).toEqual({ id: expect.any(String), name: expect.any(String), workspaceId: s.person(EMAILS.owner).workspaceId, archived: expect.any(Boolean) });
    expect(tags.some((t: { name: string }) => t.name === '<b>&amp;</b>')).toBe(true);
    expect((await get(wsPath('/tags?archived=false'))).body.length).toBe(tags.length - 1);
    const clients = (await get(wsPath('/clients'))).body;
    expect(clients.length).toBeGreaterThanOrEqual(3);
    expect(clients[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), archived: false, workspaceId: expect.any(String) });
  });

  it('tasks of a project; unknown project is 400/501', async () => {
    const project = (await get(wsPath('/projects?name=Website'))).body[0];
    const tasks = (await get(wsPath(`/projects/${project.id}/tasks`))).body;
    expect(tasks.map((t: { name: string }) => t.name)).toEqual(['Design', 'Frontend', 'QA']);
    expect(tasks[0]).toMatchObject({ projectId: project.id, status: 'ACTIVE', assigneeIds: [] });
    const res = await get(wsPath(`/projects/${'0'.repeat(24)}/tasks`));
    expect(res.body).toEqual({ message: "Project doesn't belong to Workspace", code: 501 });
  });
});
