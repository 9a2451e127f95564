/**
 * Deterministic demo data: a pure function of the seed number and options. Ids and API keys
 * depend on the seed only (each from its own PRNG stream), so they stay stable from day to day;
 * entry times are laid out relative to `now`, so the demo always shows the recent weeks.
 */
import { apiKey, hexId, mulberry32, pick, streamSeed, type Rng } from './rng';
import {
  DESCRIPTIONS, DST_TIMER_EMAIL, FORGOTTEN_TIMER_EMAIL, FRESH_TIMER_EMAIL, LOCKED_TIMER_EMAIL, LONG_DESCRIPTION, MAIN_PEOPLE,
  SIDE_ONLY_PERSON, XSS_DESCRIPTION, type Person,
} from './seed-people';
import type { EntryRow, ProjectRow, SeedData, TagRow, TaskRow, UserRow } from './store-types';
import { localDate, wallClockToUtc, zoneOffsetSeconds } from './time';

export const DEFAULT_SEED = 42;
export const DEFAULT_ENTRIES_PER_USER = 300;
export const DEFAULT_DAYS = 90;
const SIDE_ENTRIES_PER_USER = 20;
const DAY = 86_400;

export interface SeedOptions {
  /** Reference instant (epoch seconds); the server passes its current time. */
  now: number;
  entriesPerUser?: number;
  days?: number;
  heavyUser?: { email: string; entries: number };
}

export class SeedError extends Error {}

interface Catalog {
  projects: ProjectRow[];
  tasks: TaskRow[];
  tags: TagRow[];
  ticketFieldId: string | null;
  forceProjects: boolean;
}

export function generateSeed(seed: number, options: SeedOptions): SeedData {
  const entriesPerUser = options.entriesPerUser ?? DEFAULT_ENTRIES_PER_USER;
  const days = options.days ?? DEFAULT_DAYS;
  const heavy = options.heavyUser;
  if (heavy && !MAIN_PEOPLE.some((p) => p.email === heavy.email)) {
    throw new SeedError(`heavyUser.email must be one of the seeded members (${MAIN_PEOPLE.map((p) => p.email).join(', ')})`);
  }
  const ids = mulberry32(streamSeed(seed, 'ids'));
  const nextId = () => hexId(ids);
  const now = Math.floor(options.now);
  const data: SeedData = {
    workspaces: [], users: [], apiKeys: [], memberships: [], teams: [], clients: [], projects: [], tasks: [], tags: [],
    customFields: [], entries: [],
  };

  const mainId = nextId();
  const sideId = nextId();
  const lockAt = Math.floor(now / DAY) * DAY - 30 * DAY;
  data.workspaces.push(
    { id: mainId, ord: 0, name: 'Northwind Studio', currency: 'USD', hourly_rate: 10000, lock_at: lockAt, force_projects: 0, force_description: 0, force_tags: 0, force_tasks: 0, week_start: 'MONDAY' },
    { id: sideId, ord: 1, name: 'Side Project Lab', currency: 'EUR', hourly_rate: 5000, lock_at: null, force_projects: 1, force_description: 0, force_tags: 0, force_tasks: 0, week_start: 'MONDAY' },
  );

  const everyone = [...MAIN_PEOPLE, SIDE_ONLY_PERSON];
  const userIds = new Map<string, string>();
  everyone.forEach((p, i) => {
    const id = nextId();
    userIds.set(p.email, id);
    data.users.push(userRow(p, id, i, p === SIDE_ONLY_PERSON ? sideId : mainId));
    data.apiKeys.push({ key: apiKey(mulberry32(streamSeed(seed, 'api-key', i))), user_id: id });
  });
  const uid = (email: string) => userIds.get(email)!;

  MAIN_PEOPLE.forEach((p, i) => {
    data.memberships.push({ workspace_id: mainId, user_id: uid(p.email), ord: i, role: p.role, hourly_rate: p.hourlyRate, cost_rate: p.costRate });
    for (const member of p.team ?? []) data.teams.push({ workspace_id: mainId, manager_id: uid(p.email), member_id: uid(member) });
  });
  const ada = MAIN_PEOPLE[0];
  data.memberships.push(
    { workspace_id: sideId, user_id: uid(ada.email), ord: 0, role: 'OWNER', hourly_rate: 5000, cost_rate: null },
    { workspace_id: sideId, user_id: uid(SIDE_ONLY_PERSON.email), ord: 1, role: 'USER', hourly_rate: SIDE_ONLY_PERSON.hourlyRate, cost_rate: null },
  );

  const mainCatalog = mainWorkspaceCatalog(data, mainId, nextId);
  const sideCatalog = sideWorkspaceCatalog(data, sideId, nextId);

  MAIN_PEOPLE.forEach((p, i) => {
    const budget = heavy && heavy.email === p.email ? heavy.entries : entriesPerUser;
    const rng = mulberry32(streamSeed(seed, 'entries', mainId, i));
    const entryIds = mulberry32(streamSeed(seed, 'entry-ids', mainId, i));
    const ctx = { workspaceId: mainId, userId: uid(p.email), person: p, rng, nextId: () => hexId(entryIds), catalog: mainCatalog };
    const extras: EntryRow[] = [];
    if (p.email === FORGOTTEN_TIMER_EMAIL) extras.push(makeEntry(ctx, now - 11 * 3600 - 7 * 60, null, { description: 'Debugging push notifications', projectIndex: 1 }));
    if (p.email === FRESH_TIMER_EMAIL) {
      extras.push(makeEntry(ctx, now - 40 * 60, null, { description: 'Review design feedback 🎨', projectIndex: 0 }));
      const tomorrow = localMidnight(p.timeZone, now + DAY);
      extras.push(makeEntry(ctx, tomorrow + 10 * 3600, tomorrow + 11 * 3600, { description: 'Planned: client workshop (tomorrow)', projectIndex: 0 }));
      extras.push(makeEntry(ctx, tomorrow + 14 * 3600, tomorrow + 15 * 3600 + 1800, { description: 'Planned: retro', projectIndex: 2 }));
    }
    // Forgotten timers for Team timers: one running across a DST change, one in the locked period.
    if (p.email === DST_TIMER_EMAIL) {
      extras.push(makeEntry(ctx, dstTimerStart(p.timeZone, now, days), null, { description: 'Quarterly figures for the board', projectIndex: 3 }));
    }
    if (p.email === LOCKED_TIMER_EMAIL) {
      extras.push(makeEntry(ctx, localMidnight(p.timeZone, lockAt - 2 * DAY) + 9 * 3600 + 15 * 60, null, { description: 'Archive old invoices', projectIndex: 4 }));
    }
    const kept = extras.slice(0, Math.max(0, budget));
    const history = historicalEntries(ctx, Math.max(0, budget - kept.length), days, now);
    if (i === 0 && history.length > 1) history[history.length - 2].description = XSS_DESCRIPTION;
    data.entries.push(...history, ...kept);
  });

  [ada, SIDE_ONLY_PERSON].forEach((p, i) => {
    const rng = mulberry32(streamSeed(seed, 'entries', sideId, i));
    const entryIds = mulberry32(streamSeed(seed, 'entry-ids', sideId, i));
    const ctx = { workspaceId: sideId, userId: uid(p.email), person: p, rng, nextId: () => hexId(entryIds), catalog: sideCatalog };
    data.entries.push(...historicalEntries(ctx, SIDE_ENTRIES_PER_USER, days, now));
    // Started before the workspace began forcing projects: stopping it must fail with 400/501.
    if (p === SIDE_ONLY_PERSON) data.entries.push(makeEntry(ctx, now - 2 * 3600, null, { description: 'Sketching ideas', projectIndex: -1 }));
  });
  return data;
}

function userRow(p: Person, id: string, ord: number, workspaceId: string): UserRow {
  return {
    id, ord, email: p.email, name: p.name, time_zone: p.timeZone, week_start: p.weekStart,
    date_format: p.us ? 'MM/DD/YYYY' : 'DD/MM/YYYY', time_format: p.us ? 'HOUR12' : 'HOUR24',
    default_workspace: workspaceId, profile_picture: 'https://img.clockify.me/no-user-image.png', status: 'ACTIVE',
  };
}

function mainWorkspaceCatalog(data: SeedData, ws: string, nextId: () => string): Catalog {
  const clients = ['Acme Corp', 'Globex GmbH', 'Initech 日本'].map((name, ord) => ({ id: nextId(), workspace_id: ws, ord, name, archived: 0 }));
  data.clients.push(...clients);
  const project = (ord: number, name: string, color: string, client: number | null, billable: boolean, archived = false): ProjectRow => ({
    id: nextId(), workspace_id: ws, ord, name, color, client_id: client === null ? null : clients[client].id,
    archived: archived ? 1 : 0, billable: billable ? 1 : 0, public: 1, hourly_rate: null,
  });
  const projects = [
    project(0, 'Website Redesign', '#2196F3', 0, true),
    project(1, 'Mobile App', '#4CAF50', 1, true),
    project(2, 'Internal Tools', '#9C27B0', null, false),
    project(3, 'Marketing Q3', '#FF9800', 0, true),
    project(4, 'Support & Maintenance', '#607D8B', 2, true),
    project(5, 'Research <script>alert("x")</script>', '#E91E63', 1, false),
    project(6, 'Legacy Migration', '#795548', 2, true, true),
  ];
  data.projects.push(...projects);
  const task = (p: ProjectRow, ord: number, name: string): TaskRow => ({
    id: nextId(), workspace_id: ws, project_id: p.id, ord, name, status: 'ACTIVE', assignee_ids: '',
  });
  const tasks = [
    task(projects[0], 0, 'Design'), task(projects[0], 1, 'Frontend'), task(projects[0], 2, 'QA'),
    task(projects[1], 3, 'iOS'), task(projects[1], 4, 'Android'), task(projects[4], 5, 'Tickets'),
  ];
  tasks.push({ ...task(projects[4], 6, 'On-call rotation (done)'), status: 'DONE' });
  data.tasks.push(...tasks);
  const tags = ['meeting', 'deep-work', 'bug', 'review', 'travel', '<b>&amp;</b>', 'café ☕'].map((name, ord) => ({
    id: nextId(), workspace_id: ws, ord, name, archived: name === 'travel' ? 1 : 0,
  }));
  data.tags.push(...tags);
  const ticketFieldId = nextId();
  data.customFields.push({ id: ticketFieldId, workspace_id: ws, name: 'Ticket', type: 'TXT' });
  return { projects, tasks, tags, ticketFieldId, forceProjects: false };
}

function sideWorkspaceCatalog(data: SeedData, ws: string, nextId: () => string): Catalog {
  const client = { id: nextId(), workspace_id: ws, ord: 0, name: 'Friends & Family', archived: 0 };
  data.clients.push(client);
  const projects: ProjectRow[] = [
    { id: nextId(), workspace_id: ws, ord: 0, name: 'Open-source CLI', color: '#3F51B5', client_id: null, archived: 0, billable: 0, public: 1, hourly_rate: null },
    { id: nextId(), workspace_id: ws, ord: 1, name: 'Recipe App', color: '#009688', client_id: client.id, archived: 0, billable: 1, public: 1, hourly_rate: 4500 },
  ];
  data.projects.push(...projects);
  const tags = ['hobby', 'ops'].map((name, ord) => ({ id: nextId(), workspace_id: ws, ord, name, archived: 0 }));
  data.tags.push(...tags);
  return { projects, tasks: [], tags, ticketFieldId: null, forceProjects: true };
}

interface EntryContext {
  workspaceId: string;
  userId: string;
  person: Person;
  rng: Rng;
  nextId: () => string;
  catalog: Catalog;
}

interface EntryChoice {
  description?: string;
  /** Index into the catalog's projects; -1 for none; undefined picks at random. */
  projectIndex?: number;
}

function makeEntry(ctx: EntryContext, start: number, end: number | null, choice: EntryChoice = {}): EntryRow {
  const { rng, catalog } = ctx;
  let project: ProjectRow | null = null;
  if (choice.projectIndex !== undefined) project = choice.projectIndex >= 0 ? catalog.projects[choice.projectIndex] : null;
  else if (catalog.forceProjects || rng() < 0.82) project = pick(rng, catalog.projects);
  const projectTasks = project ? catalog.tasks.filter((t) => t.project_id === project.id && t.status === 'ACTIVE') : [];
  const task = projectTasks.length > 0 && rng() < 0.6 ? pick(rng, projectTasks) : null;
  const activeTags = catalog.tags.filter((t) => !t.archived);
  let tagIds: string[] = [];
  if (rng() < 0.35) {
    tagIds = [pick(rng, activeTags).id];
    if (rng() < 0.4) tagIds.push(pick(rng, activeTags).id);
    tagIds = [...new Set(tagIds)];
  }
  let description = choice.description;
  if (description === undefined) {
    const r = rng();
    description = r < 0.08 ? '' : r < 0.11 ? LONG_DESCRIPTION : pick(rng, DESCRIPTIONS);
  }
  const id = ctx.nextId();
  const custom = catalog.ticketFieldId && rng() < 0.1
    ? JSON.stringify([{ customFieldId: catalog.ticketFieldId, timeEntryId: id, value: `TK-${1000 + Math.floor(rng() * 9000)}`, name: 'Ticket', type: 'TXT' }])
    : null;
  return {
    id, workspace_id: ctx.workspaceId, user_id: ctx.userId, start_at: start, end_at: end, description,
    billable: project?.billable && rng() < 0.8 ? 1 : 0, project_id: project?.id ?? null, task_id: task?.id ?? null,
    tag_ids: tagIds.length > 0 ? tagIds.join(',') : null, type: 'REGULAR', custom_fields: custom,
  };
}

/**
 * 17:30 local on the day before the latest change of `timeZone`'s UTC offset that lies at
 * least two days back: within the seed window when there is one, else within 185 days (a
 * zone with DST changes twice a year). Without any change, 16 days ago at 17:30.
 */
export function dstTimerStart(timeZone: string, now: number, days: number): number {
  for (let back = 2; back <= Math.max(days, 185); back++) {
    const noon = localMidnight(timeZone, now - back * DAY) + 12 * 3600;
    if (zoneOffsetSeconds(timeZone, noon) !== zoneOffsetSeconds(timeZone, noon - DAY)) {
      return localMidnight(timeZone, noon - DAY) + 17 * 3600 + 30 * 60;
    }
  }
  return localMidnight(timeZone, now - 16 * DAY) + 17 * 3600 + 30 * 60;
}

function localMidnight(timeZone: string, instant: number): number {
  const { y, m, d } = localDate(timeZone, instant);
  return wallClockToUtc(Date.UTC(y, m - 1, d) / 1000, timeZone);
}

/**
 * `count` finished entries over the member's past `days` local days (today excluded),
 * working days 09:00–18:00 local; very heavy members spread over whole days, weekends too.
 */
function historicalEntries(ctx: EntryContext, count: number, days: number, now: number): EntryRow[] {
  if (count <= 0 || days <= 0) return [];
  const tz = ctx.person.timeZone;
  const all: { midnight: number; weekday: number }[] = [];
  for (let back = days; back >= 1; back--) {
    const instant = now - back * DAY;
    const { weekday } = localDate(tz, instant);
    all.push({ midnight: localMidnight(tz, instant), weekday });
  }
  const weekdays = all.filter((d) => d.weekday !== 0 && d.weekday !== 6);
  const dayList = weekdays.length > 0 && Math.ceil(count / weekdays.length) <= 48 ? weekdays : all;
  const perDayMax = Math.ceil(count / dayList.length);
  const [from, span] = perDayMax <= 12 ? [9 * 3600, 9 * 3600] : [0, DAY];
  const out: EntryRow[] = [];
  for (let i = 0; i < dayList.length; i++) {
    const k = Math.floor((count * (i + 1)) / dayList.length) - Math.floor((count * i) / dayList.length);
    if (k === 0) continue;
    const slot = Math.floor(span / k);
    for (let j = 0; j < k; j++) {
      const slotStart = dayList[i].midnight + from + j * slot;
      let offset = Math.floor(ctx.rng() * 0.1 * slot);
      let duration = Math.max(1, Math.floor(slot * (0.5 + ctx.rng() * 0.4)));
      if (slot >= 600) {
        offset -= offset % 60;
        duration = Math.max(60, duration - (duration % 60));
      }
      out.push(makeEntry(ctx, slotStart + offset, slotStart + offset + duration));
    }
  }
  return out;
}
