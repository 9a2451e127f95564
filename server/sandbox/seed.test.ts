import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../src/clockify/schemas';
import { TEST_NOW } from '../test-utils';
import { dstTimerStart, generateSeed, SeedError } from './seed';
import { zoneOffsetSeconds } from './time';
import { DST_TIMER_EMAIL, FORGOTTEN_TIMER_EMAIL, FRESH_TIMER_EMAIL, LOCKED_TIMER_EMAIL, LONG_DESCRIPTION, XSS_DESCRIPTION } from './seed-people';

const a = generateSeed(42, { now: TEST_NOW });
const byEmail = (email: string) => a.users.find((u) => u.email === email)!;
const main = a.workspaces[0];
const side = a.workspaces[1];

describe('seed', () => {
  it('is deterministic: same seed → same ids, keys and entries', () => {
    expect(generateSeed(42, { now: TEST_NOW })).toEqual(a);
    const other = generateSeed(43, { now: TEST_NOW });
    expect(other.apiKeys[0].key).not.toBe(a.apiKeys[0].key);
    expect(other.users[0].id).not.toBe(a.users[0].id);
  });

  it('keeps ids and keys stable from one day to the next', () => {
    const tomorrow = generateSeed(42, { now: TEST_NOW + 86_400 });
    expect(tomorrow.apiKeys).toEqual(a.apiKeys);
    expect(tomorrow.users).toEqual(a.users);
    expect(tomorrow.projects).toEqual(a.projects);
  });

  it('gives everyone a distinct 48-character key', () => {
    const keys = a.apiKeys.map((k) => k.key);
    expect(new Set(keys).size).toBe(a.users.length);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9]{48}$/);
  });

  it('covers every role and the required time zones in the main workspace', () => {
    const members = a.memberships.filter((m) => m.workspace_id === main.id);
    expect(members.length).toBeGreaterThanOrEqual(9);
    const roles = members.map((m) => m.role);
    for (const role of ['OWNER', 'WORKSPACE_ADMIN', 'PROJECT_MANAGER', 'USER']) expect(roles).toContain(role);
    expect(roles.filter((r) => r === 'TEAM_MANAGER')).toHaveLength(2);
    const teamSizes = [...new Set(a.teams.map((t) => t.manager_id))].map((m) => a.teams.filter((t) => t.manager_id === m).length);
    expect(Math.max(...teamSizes)).toBeGreaterThanOrEqual(3);
    const zones = members.map((m) => a.users.find((u) => u.id === m.user_id)!.time_zone);
    for (const tz of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin', 'UTC', 'Australia/Sydney', 'America/New_York']) expect(zones).toContain(tz);
    expect(byEmail('marcus@northwind.example').week_start).toBe('SUNDAY');
    expect(byEmail('ada@northwind.example').week_start).toBe('MONDAY');
    expect(a.users.map((u) => u.name)).toEqual(expect.arrayContaining(['Zoë Ødegaard', 'Haruto 佐藤']));
  });

  it('has the second workspace with the owner and one other member, forcing projects', () => {
    const sideMembers = a.memberships.filter((m) => m.workspace_id === side.id).map((m) => m.user_id);
    expect(sideMembers).toHaveLength(2);
    expect(sideMembers).toContain(byEmail('ada@northwind.example').id);
    expect(side.force_projects).toBe(1);
    expect(main.force_projects).toBe(0);
    const sideRunning = a.entries.filter((e) => e.workspace_id === side.id && e.end_at === null);
    expect(sideRunning).toHaveLength(1);
    expect(sideRunning[0].project_id).toBeNull();
  });

  it('has forgotten and fresh timers, future entries and the lock date', () => {
    const runningOf = (email: string) => a.entries.find((e) => e.user_id === byEmail(email).id && e.end_at === null && e.workspace_id === main.id)!;
    expect(TEST_NOW - runningOf(FORGOTTEN_TIMER_EMAIL).start_at).toBeGreaterThan(10 * 3600);
    expect(TEST_NOW - runningOf(FRESH_TIMER_EMAIL).start_at).toBe(40 * 60);
    expect(a.entries.some((e) => e.user_id === byEmail(FRESH_TIMER_EMAIL).id && e.start_at > TEST_NOW)).toBe(true);
    expect(main.lock_at).toBeGreaterThan(TEST_NOW - 31 * 86_400);
    expect(main.lock_at).toBeLessThan(TEST_NOW - 29 * 86_400);
  });

  it('has realistic, hostile and varied content', () => {
    const descriptions = a.entries.map((e) => e.description);
    expect(descriptions).toContain('');
    expect(descriptions).toContain(LONG_DESCRIPTION);
    expect(LONG_DESCRIPTION.length).toBeGreaterThan(200);
    expect(descriptions.filter((d) => d === XSS_DESCRIPTION)).toHaveLength(1);
    expect(descriptions.some((d) => /\p{Extended_Pictographic}/u.test(d))).toBe(true);
    expect(a.entries.some((e) => e.project_id === null)).toBe(true);
    expect(a.entries.some((e) => e.tag_ids !== null)).toBe(true);
    expect(a.entries.some((e) => e.billable === 1)).toBe(true);
    expect(a.clients.filter((c) => c.workspace_id === main.id).length).toBeGreaterThanOrEqual(3);
    const projects = a.projects.filter((p) => p.workspace_id === main.id);
    expect(projects.length).toBeGreaterThanOrEqual(6);
    expect(projects.filter((p) => p.archived)).toHaveLength(1);
    expect(projects.some((p) => p.name.includes('<script>alert("x")</script>'))).toBe(true);
    const tags = a.tags.filter((t) => t.workspace_id === main.id);
    expect(tags.length).toBeGreaterThanOrEqual(6);
    expect(tags.some((t) => t.name === '<b>&amp;</b>')).toBe(true);
    expect(tags.filter((t) => t.archived)).toHaveLength(1);
    expect(a.tasks.length).toBeGreaterThan(0);
    for (const e of a.entries) if (e.end_at !== null) expect(parseIsoDuration(`PT${e.end_at - e.start_at}S`)).toBeGreaterThan(0);
  });

  it('puts entries in local working hours over about 90 days', () => {
    const tokyo = byEmail('haruto@northwind.example');
    const history = a.entries.filter((e) => e.user_id === tokyo.id && e.end_at !== null && e.start_at < TEST_NOW);
    expect(history.length).toBe(297);
    for (const e of history) {
      const localHour = new Date((e.start_at + 9 * 3600) * 1000).getUTCHours();
      expect(localHour).toBeGreaterThanOrEqual(9);
      expect(localHour).toBeLessThan(18);
    }
    expect(TEST_NOW - Math.min(...history.map((e) => e.start_at))).toBeLessThanOrEqual(91 * 86_400);
  });

  it('applies entriesPerUser, days and heavyUser exactly', () => {
    const d = generateSeed(1, { now: TEST_NOW, entriesPerUser: 12, days: 10, heavyUser: { email: 'lukas@northwind.example', entries: 2000 } });
    const count = (email: string) => d.entries.filter((e) => e.user_id === d.users.find((u) => u.email === email)!.id && e.workspace_id === d.workspaces[0].id).length;
    expect(count('ada@northwind.example')).toBe(12);
    expect(count('haruto@northwind.example')).toBe(12);
    expect(count('lukas@northwind.example')).toBe(2000);
    expect(() => generateSeed(1, { now: TEST_NOW, heavyUser: { email: 'nobody@x', entries: 1 } })).toThrow(SeedError);
  });

  it('has forgotten timers for Team timers: four zones, over 8 h, across a DST change, in the locked period', () => {
    const nov = Date.UTC(2026, 10, 23, 12) / 1000;
    const d = generateSeed(42, { now: nov });
    const ws = d.workspaces[0];
    const running = d.entries.filter((e) => e.workspace_id === ws.id && e.end_at === null);
    const zoneOf = (userId: string) => d.users.find((u) => u.id === userId)!.time_zone;
    expect(running.length).toBeGreaterThanOrEqual(4);
    expect(new Set(running.map((e) => zoneOf(e.user_id))).size).toBeGreaterThanOrEqual(3);
    expect(running.filter((e) => nov - e.start_at > 8 * 3600).length).toBeGreaterThanOrEqual(2);
    const user = (email: string) => d.users.find((u) => u.email === email)!.id;
    const dst = running.find((e) => e.user_id === user(DST_TIMER_EMAIL))!;
    // Sydney's clocks went forward on 4 Oct 2026: the timer started the evening before and runs across it.
    expect(new Date(dst.start_at * 1000).toISOString()).toBe('2026-10-03T07:30:00.000Z');
    expect(zoneOffsetSeconds('Australia/Sydney', dst.start_at)).not.toBe(zoneOffsetSeconds('Australia/Sydney', nov));
    expect(nov - dst.start_at).toBeLessThanOrEqual(90 * 86_400);
    const locked = running.find((e) => e.user_id === user(LOCKED_TIMER_EMAIL))!;
    expect(locked.start_at).toBeLessThan(ws.lock_at!);
    // The people other specs rely on keep their timers, and one member stays idle.
    expect(running.some((e) => e.user_id === user(FORGOTTEN_TIMER_EMAIL))).toBe(true);
    expect(running.some((e) => e.user_id === user('lukas@northwind.example'))).toBe(false);
  });

  it('finds a DST change even when none falls in the last 90 days', () => {
    const start = dstTimerStart('Australia/Sydney', TEST_NOW, 90);
    expect(zoneOffsetSeconds('Australia/Sydney', start)).not.toBe(zoneOffsetSeconds('Australia/Sydney', TEST_NOW));
    expect(TEST_NOW - start).toBeLessThanOrEqual(185 * 86_400);
    // A zone without DST: 16 days back.
    expect(Math.round((TEST_NOW - dstTimerStart('Asia/Tokyo', TEST_NOW, 90)) / 86_400)).toBe(16);
  });
});
