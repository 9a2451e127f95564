/** Reading time entries: a member's list, one entry, and the workspace's running timers. */
import { Hono } from 'hono';
import { ID_PATTERN } from '../../../src/clockify/schemas';
import { canManage, managedMember, visibleUserIds, workspaceAccess } from '../access';
import { accessDenied, notInWorkspace } from '../errors';
import { entryListSerializer } from '../entry-view';
import { boolParam, instantParam, listParam, pageParams, paginate, stringParam, windowParam } from '../query';
import type { ApiEnv, SandboxState } from '../state';
import { wallClockToUtc } from '../time';

const WEEK = 7 * 86_400;

export function entryReadRoutes(state: SandboxState): Hono<ApiEnv> {
  const { store } = state;
  const r = new Hono<ApiEnv>();

  r.get('/v1/workspaces/:workspaceId/user/:userId/time-entries', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const q = {
      description: stringParam(c, 'description')?.toLowerCase(),
      start: windowParam(c, 'start'),
      end: windowParam(c, 'end'),
      projectId: stringParam(c, 'project'),
      taskId: stringParam(c, 'task'),
      tagIds: listParam(c, 'tags'),
      inProgress: boolParam(c, 'in-progress'),
      hydrated: boolParam(c, 'hydrated') ?? false,
      projectRequired: boolParam(c, 'project-required') ?? false,
      taskRequired: boolParam(c, 'task-required') ?? false,
      weekBefore: instantParam(c, 'get-week-before'),
      page: pageParams(c),
    };
    const target = managedMember(state, ws, me, c.req.param('userId'));
    const timeZone = store.user(target.user_id)?.time_zone ?? 'UTC';
    // Clockify's trap: the window is wall-clock time in the member's zone, even with a `Z`
    // (an offset is applied first, then the same rule).
    const from = q.start === undefined ? undefined : wallClockToUtc(q.start, timeZone);
    const to = q.end === undefined ? undefined : wallClockToUtc(q.end, timeZone);
    // `get-week-before` [guess: read as a real instant]: the 7 days before it, entries with a project or task.
    const week = q.weekBefore === undefined ? undefined : { from: q.weekBefore - WEEK, before: q.weekBefore };
    const { page, pageSize } = q.page;
    const rows = store.listEntries({
      workspaceId: ws.id,
      userId: target.user_id,
      from: week ? Math.max(week.from, from ?? week.from) : from,
      to,
      before: week?.before,
      description: q.description,
      projectId: q.projectId,
      taskId: q.taskId,
      tagIds: q.tagIds,
      inProgress: q.inProgress === true,
      projectRequired: q.projectRequired,
      taskRequired: q.taskRequired,
      projectOrTask: week !== undefined,
      limit: pageSize + 1,
      offset: (page - 1) * pageSize,
    });
    c.header('last-page', String(rows.length <= pageSize));
    const toJson = entryListSerializer(store, ws, q.hydrated);
    return c.json(rows.slice(0, pageSize).map(toJson));
  });

  r.get('/v1/workspaces/:workspaceId/time-entries/status/in-progress', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const page = pageParams(c, 10, 1000);
    const hydrated = boolParam(c, 'hydrated') ?? false;
    const visible = visibleUserIds(store, me);
    const rows = store.runningInWorkspace(ws.id).filter((e) => visible === null || visible.has(e.user_id));
    return c.json(paginate(c, rows, page).map(entryListSerializer(store, ws, hydrated)));
  });

  r.get('/v1/workspaces/:workspaceId/time-entries/:id', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const hydrated = boolParam(c, 'hydrated') ?? false;
    const id = c.req.param('id');
    const row = ID_PATTERN.test(id) ? store.entry(id) : undefined;
    if (!row || row.workspace_id !== ws.id) throw notInWorkspace('Time entry');
    if (!canManage(store, me, row.user_id)) throw accessDenied();
    return c.json(entryListSerializer(store, ws, hydrated)(row));
  });

  return r;
}
