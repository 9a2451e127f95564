/** Typed fetchers for the Clockify subset the console uses. Validated before they leave. */
import { z } from 'zod/mini';
import { chunkIds } from './chunking';
import { buildUrl, getAllPages, getPage, type ClockifyClient, type Query } from './client';
import { ClockifyError } from './errors';
import {
  clientSchema,
  createEntryRequestSchema,
  idSchema,
  memberSchema,
  projectSchema,
  stopTimerRequestSchema,
  tagSchema,
  taskSchema,
  timeEntrySchema,
  timeEntryRowParser,
  userSchema,
  workspaceSchema,
  type CreateEntryRequest,
  type StopTimerRequest,
} from './schemas';

const ws = (wid: string) => `/v1/workspaces/${encodeURIComponent(wid)}`;
const userEntries = (wid: string, uid: string) => `${ws(wid)}/user/${encodeURIComponent(uid)}/time-entries`;

/** Guard every id that goes into a URL: a bad one is a bug or a hostile link, not a request. */
function assertId(value: string, what: string) {
  if (!idSchema.safeParse(value).success) {
    throw new ClockifyError({ kind: 'bad-request', message: `${what} “${value.slice(0, 40)}” is not a Clockify id.` });
  }
}

export async function getCurrentUser(client: ClockifyClient, signal?: AbortSignal) {
  return (await client.request('GET', '/v1/user', { schema: userSchema, signal })).data;
}

export async function getWorkspaces(client: ClockifyClient, signal?: AbortSignal) {
  return (await client.request('GET', '/v1/workspaces', { schema: z.array(workspaceSchema), signal })).data;
}

export async function getMembers(client: ClockifyClient, workspaceId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  return getAllPages(client, `${ws(workspaceId)}/users`, memberSchema, {
    pageSize: 500,
    query: { 'include-roles': true, status: 'ACTIVE' },
    signal,
  });
}

export async function getProjects(client: ClockifyClient, workspaceId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  // Archived projects are included on purpose: old entries still point at them.
  return getAllPages(client, `${ws(workspaceId)}/projects`, projectSchema, { pageSize: 500, signal });
}

export async function getTags(client: ClockifyClient, workspaceId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  return getAllPages(client, `${ws(workspaceId)}/tags`, tagSchema, { pageSize: 500, signal });
}

export async function getClients(client: ClockifyClient, workspaceId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  return getAllPages(client, `${ws(workspaceId)}/clients`, clientSchema, { pageSize: 500, signal });
}

export async function getTasks(client: ClockifyClient, workspaceId: string, projectId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  assertId(projectId, 'Project');
  return getAllPages(client, `${ws(workspaceId)}/projects/${projectId}/tasks`, taskSchema, { pageSize: 500, signal });
}

export interface EntryFilters {
  /** Wall-clock window strings (see lib/dates `wallClockWindow`). */
  start?: string;
  end?: string;
  project?: string | null;
  description?: string | null;
}

export function entryQuery(f: EntryFilters): Query {
  return { start: f.start, end: f.end, project: f.project ?? undefined, description: f.description ?? undefined };
}

export async function getEntriesPage(
  client: ClockifyClient,
  workspaceId: string,
  userId: string,
  filters: EntryFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  assertId(workspaceId, 'Workspace');
  assertId(userId, 'Member');
  return getPage(client, userEntries(workspaceId, userId), timeEntryRowParser, {
    page,
    pageSize,
    query: entryQuery(filters),
    signal,
  });
}

/** Every entry of the member matching `filters` (all pages, 5,000 at a time). */
export async function getAllEntries(
  client: ClockifyClient,
  workspaceId: string,
  userId: string,
  filters: EntryFilters,
  signal?: AbortSignal,
) {
  assertId(workspaceId, 'Workspace');
  assertId(userId, 'Member');
  return getAllPages(client, userEntries(workspaceId, userId), timeEntrySchema, { pageSize: 5000, query: entryQuery(filters), signal });
}

/** The member's running entry, or null. `in-progress=true` so future-dated entries can't fool it. */
export async function getRunningEntry(client: ClockifyClient, workspaceId: string, userId: string, signal?: AbortSignal) {
  const page = await getPage(client, userEntries(workspaceId, userId), timeEntrySchema, {
    page: 1,
    pageSize: 1,
    query: { 'in-progress': true },
    signal,
  });
  return page.items.find((e) => e.end === null) ?? null;
}

export async function getWorkspaceRunning(client: ClockifyClient, workspaceId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  return getAllPages(client, `${ws(workspaceId)}/time-entries/status/in-progress`, timeEntrySchema, {
    pageSize: 1000,
    signal,
  });
}

/**
 * PATCH: stop the member's running timer at `end`. Retried on transient failures: the same
 * end sent twice stops at that end once (a late second copy gets 404 "nothing running", which
 * the stop routine in features/timer resolves by looking the entry up).
 */
export async function stopTimer(
  client: ClockifyClient,
  workspaceId: string,
  userId: string,
  body: StopTimerRequest,
  signal?: AbortSignal,
) {
  assertId(workspaceId, 'Workspace');
  assertId(userId, 'Member');
  const valid = stopTimerRequestSchema.parse(body);
  return (await client.request('PATCH', userEntries(workspaceId, userId), { body: valid, schema: timeEntrySchema, signal, idempotent: true })).data;
}

/** One entry by id (any member's, as far as the key may see it). */
export async function getEntry(client: ClockifyClient, workspaceId: string, entryId: string, signal?: AbortSignal) {
  assertId(workspaceId, 'Workspace');
  assertId(entryId, 'Time entry');
  return (await client.request('GET', `${ws(workspaceId)}/time-entries/${entryId}`, { schema: timeEntrySchema, signal })).data;
}

/** The URL of the bulk DELETE before its `?time-entry-ids=…` (what its chunks are measured against). */
export function deleteEntriesBaseUrl(baseUrl: string, workspaceId: string, userId: string) {
  return buildUrl(baseUrl, userEntries(workspaceId, userId));
}

/** A bulk delete's ids split into as few DELETEs as fit Clockify's URL limit (see chunking.ts). */
export function planDeleteChunks(client: Pick<ClockifyClient, 'baseUrl'>, workspaceId: string, userId: string, ids: readonly string[]) {
  return chunkIds(ids, deleteEntriesBaseUrl(client.baseUrl, workspaceId, userId).length);
}

/**
 * One DELETE with repeated `time-entry-ids` keys. Returns the entries Clockify says it
 * deleted — the only truth about what is gone.
 */
export async function deleteEntries(
  client: ClockifyClient,
  workspaceId: string,
  userId: string,
  ids: readonly string[],
  signal?: AbortSignal,
) {
  assertId(workspaceId, 'Workspace');
  assertId(userId, 'Member');
  ids.forEach((id) => assertId(id, 'Time entry'));
  if (ids.length === 0) return [];
  const { data } = await client.request('DELETE', userEntries(workspaceId, userId), {
    query: { 'time-entry-ids': ids },
    schema: z.array(timeEntrySchema),
    signal,
    idempotent: true,
  });
  return data;
}

/** POST: create (used to restore deleted entries; they come back with new ids). Never retried. */
export async function createEntry(client: ClockifyClient, workspaceId: string, userId: string, body: CreateEntryRequest) {
  assertId(workspaceId, 'Workspace');
  assertId(userId, 'Member');
  const valid = createEntryRequestSchema.parse(body);
  return (await client.request('POST', userEntries(workspaceId, userId), { body: valid, schema: timeEntrySchema })).data;
}
