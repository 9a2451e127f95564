/** Writing time entries: stop, bulk delete, create, update, delete one. */
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { ID_PATTERN } from '../../../src/clockify/schemas';
import { canManage, isAdmin, isLocked, managedMember, workspaceAccess } from '../access';
import { checkCustomFieldCount, checkCustomFieldValue } from '../custom-fields';
import { accessDenied, ApiError, badRequest, entryLocked, notInWorkspace, ruleBroken } from '../errors';
import { jsonAnswer, jsonBody } from '../json-body';
import { listParam } from '../query';
import { entryRequest, stopRequest, type EntryRequest } from '../requests';
import { entryDto } from '../serialize';
import type { ApiEnv, SandboxState } from '../state';
import type { Store } from '../store';
import type { EntryRow, WorkspaceRow } from '../store-types';
import { formatInstant, parseInstant } from '../time';

const newId = () => randomBytes(12).toString('hex');

function instant(value: string, field: string): number {
  const parsed = parseInstant(value);
  if (parsed === null) throw badRequest(`Invalid request body: ${field} is not a real date and time`);
  return parsed;
}

function checkOrder(start: number, end: number | null): void {
  if (end !== null && end < start) {
    throw ruleBroken(`Start datetime ${formatInstant(start)} is greater than end datetime ${formatInstant(end)}.`);
  }
}

/** Workspace "force" settings; checked when an entry is completed (stop, or create/update with an end). */
function checkWorkspaceRules(ws: WorkspaceRow, e: Pick<EntryRow, 'project_id' | 'task_id' | 'tag_ids' | 'description'>): void {
  if (ws.force_projects && !e.project_id) throw ruleBroken('This workspace requires a project on every time entry (forceProjects)');
  if (ws.force_tasks && !e.task_id) throw ruleBroken('This workspace requires a task on every time entry (forceTasks)');
  if (ws.force_tags && !e.tag_ids) throw ruleBroken('This workspace requires at least one tag on every time entry (forceTags)');
  if (ws.force_description && !e.description.trim()) throw ruleBroken('This workspace requires a description on every time entry (forceDescription)');
}

/** Validates references and builds the row a create/update body describes. */
function rowFromBody(store: Store, ws: WorkspaceRow, body: EntryRequest, id: string, userId: string): EntryRow {
  const start = instant(body.start, 'start');
  const end = body.end ? instant(body.end, 'end') : null;
  checkOrder(start, end);
  const projectId = body.projectId ?? null;
  const taskId = body.taskId ?? null;
  if (projectId && !store.projects(ws.id).some((p) => p.id === projectId)) throw notInWorkspace('Project');
  if (taskId && !store.tasks(ws.id).some((t) => t.id === taskId && t.project_id === projectId)) throw notInWorkspace('Task');
  const tagIds = [...new Set(body.tagIds ?? [])];
  const tags = new Set(store.tags(ws.id).map((t) => t.id));
  if (tagIds.some((t) => !tags.has(t))) throw notInWorkspace('Tag');
  const fields = new Map(store.customFields(ws.id).map((f) => [f.id, f]));
  checkCustomFieldCount(body.customFields?.length ?? 0);
  const customValues = (body.customFields ?? []).map((cf, index) => {
    const value = checkCustomFieldValue(cf.value, index);
    const field = fields.get(cf.customFieldId);
    if (!field) throw notInWorkspace('Custom field');
    return { customFieldId: cf.customFieldId, timeEntryId: id, value, name: field.name, type: field.type };
  });
  return {
    id, workspace_id: ws.id, user_id: userId, start_at: start, end_at: end, description: body.description ?? '',
    billable: body.billable ? 1 : 0, project_id: projectId, task_id: taskId,
    tag_ids: tagIds.length > 0 ? tagIds.join(',') : null, type: body.type ?? 'REGULAR',
    custom_fields: customValues.length > 0 ? JSON.stringify(customValues) : null,
  };
}

/** Starting a timer stops the user's running one at the new start (never before its own start). */
function stopOtherTimer(store: Store, ws: WorkspaceRow, userId: string, newStart: number, exceptId: string): void {
  const running = store.running(ws.id, userId);
  if (running && running.id !== exceptId) store.stopEntry(running.id, Math.max(running.start_at, newStart));
}

function entryInWorkspace(store: Store, ws: WorkspaceRow, id: string): EntryRow {
  const row = ID_PATTERN.test(id) ? store.entry(id) : undefined;
  if (!row || row.workspace_id !== ws.id) throw notInWorkspace('Time entry');
  return row;
}

export function entryWriteRoutes(state: SandboxState): Hono<ApiEnv> {
  const { store } = state;
  const r = new Hono<ApiEnv>();
  const userEntries = '/v1/workspaces/:workspaceId/user/:userId/time-entries' as const;

  r.patch(userEntries, async (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const body = await jsonBody(c, stopRequest);
    const target = managedMember(state, ws, me, c.req.param('userId'));
    const end = instant(body.end, 'end');
    const noTimer = () =>
      new ApiError(404, 404, `Currently running time entry doesn't exist on workspace ${ws.id} for user ${target.user_id}.`);
    const running = store.running(ws.id, target.user_id);
    if (!running) throw noTimer();
    checkOrder(running.start_at, end);
    checkWorkspaceRules(ws, running);
    if (!isAdmin(me) && isLocked(ws, running.start_at)) throw entryLocked();
    // The answer is serialised before the write commits: nothing after the commit can fail.
    const answer = JSON.stringify(entryDto({ ...running, end_at: end }, ws.lock_at));
    if (!store.stopEntry(running.id, end)) throw noTimer(); // stopped by a concurrent request
    return jsonAnswer(c, answer);
  });

  // Sandbox choice (Clockify's behaviour is unverified; easy to change here): ids that are
  // malformed, unknown, another user's or workspace's, or locked for this caller are skipped,
  // not reported as errors; running entries are deleted like any other. The response lists
  // exactly what was deleted, in request order, all within one transaction.
  r.delete(userEntries, (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const ids = listParam(c, 'time-entry-ids');
    if (ids.length === 0) throw badRequest("Required request parameter 'time-entry-ids' for method parameter type List is not present");
    const target = managedMember(state, ws, me, c.req.param('userId'));
    const mayTouchLocked = isAdmin(me);
    // Serialised inside the transaction: if the answer cannot be written, nothing is deleted.
    const answer = store.transaction(() => {
      const deleted = ids.flatMap((id) => {
        const row = ID_PATTERN.test(id) ? store.entry(id) : undefined;
        if (!row || row.workspace_id !== ws.id || row.user_id !== target.user_id) return [];
        if (!mayTouchLocked && isLocked(ws, row.start_at)) return [];
        return store.deleteEntry(id) ? [row] : [];
      });
      return JSON.stringify(deleted.map((row) => entryDto(row, ws.lock_at)));
    });
    return jsonAnswer(c, answer);
  });

  const create = async (c: Context<ApiEnv>, workspaceId: string, userId: string) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), workspaceId);
    const body = await jsonBody(c, entryRequest);
    const target = managedMember(state, ws, me, userId);
    const row = rowFromBody(store, ws, body, newId(), target.user_id);
    if (!isAdmin(me) && isLocked(ws, row.start_at)) throw entryLocked();
    if (row.end_at !== null) checkWorkspaceRules(ws, row);
    const answer = JSON.stringify(entryDto(row, ws.lock_at));
    store.transaction(() => {
      if (row.end_at === null) stopOtherTimer(store, ws, row.user_id, row.start_at, row.id);
      store.insertEntry(row);
    });
    return jsonAnswer(c, answer, 201);
  };
  r.post(userEntries, (c) => create(c, c.req.param('workspaceId'), c.req.param('userId')));
  r.post('/v1/workspaces/:workspaceId/time-entries', (c) => create(c, c.req.param('workspaceId'), c.get('caller').id));

  r.put('/v1/workspaces/:workspaceId/time-entries/:id', async (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const existing = entryInWorkspace(store, ws, c.req.param('id'));
    if (!canManage(store, me, existing.user_id)) throw accessDenied();
    const body = await jsonBody(c, entryRequest);
    const row = rowFromBody(store, ws, body, existing.id, existing.user_id);
    if (!isAdmin(me) && (isLocked(ws, existing.start_at) || isLocked(ws, row.start_at))) throw entryLocked();
    if (row.end_at !== null) checkWorkspaceRules(ws, row);
    const answer = JSON.stringify(entryDto(row, ws.lock_at));
    store.transaction(() => {
      if (row.end_at === null) stopOtherTimer(store, ws, row.user_id, row.start_at, row.id);
      store.updateEntry(row);
    });
    return jsonAnswer(c, answer);
  });

  r.delete('/v1/workspaces/:workspaceId/time-entries/:id', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const row = entryInWorkspace(store, ws, c.req.param('id'));
    if (!canManage(store, me, row.user_id)) throw accessDenied();
    if (!isAdmin(me) && isLocked(ws, row.start_at)) throw entryLocked();
    if (!store.deleteEntry(row.id)) throw notInWorkspace('Time entry');
    return c.body(null, 204);
  });
  return r;
}
