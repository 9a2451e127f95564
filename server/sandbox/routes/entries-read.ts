/** Reading time entries: a member's list, one entry, and the workspace's running timers. */
import { ID_PATTERN } from '../../../src/clockify/schemas';
import { canManage, managedMember, pathParam, visibleUserIds, workspaceAccess } from '../access';
import type { Registrar } from '../app';
import { accessDenied, notInWorkspace } from '../errors';
import { entryListSerializer } from '../entry-view';
import { boolParam, instantParam, listParam, pageParams, paginate, stringParam } from '../query';
import type { SandboxState } from '../state';
import { wallClockToUtc } from '../time';

export function registerEntryReadRoutes(r: Registrar, state: SandboxState): void {
  const { store } = state;

  r.on('GET', '/v1/workspaces/:workspaceId/user/:userId/time-entries', (c) => {
    const { ws, me } = workspaceAccess(state, c);
    const q = {
      description: stringParam(c, 'description')?.toLowerCase(),
      start: instantParam(c, 'start'),
      end: instantParam(c, 'end'),
      projectId: stringParam(c, 'project'),
      taskId: stringParam(c, 'task'),
      tagIds: listParam(c, 'tags'),
      inProgress: boolParam(c, 'in-progress'),
      hydrated: boolParam(c, 'hydrated') ?? false,
      projectRequired: boolParam(c, 'project-required') ?? false,
      taskRequired: boolParam(c, 'task-required') ?? false,
      weekBefore: boolParam(c, 'get-week-before') ?? false,
      page: pageParams(c),
    };
    const target = managedMember(state, ws, me, pathParam(c, 'userId'));
    const timeZone = store.user(target.user_id)?.time_zone ?? 'UTC';
    // Clockify's trap: the window is wall-clock time in the member's zone, even with a `Z`.
    let from = q.start === undefined ? undefined : wallClockToUtc(q.start, timeZone);
    const to = q.end === undefined ? undefined : wallClockToUtc(q.end, timeZone);
    if (from !== undefined && q.weekBefore) from -= 7 * 86_400;
    const { page, pageSize } = q.page;
    const rows = store.listEntries({
      workspaceId: ws.id,
      userId: target.user_id,
      from,
      to,
      description: q.description,
      projectId: q.projectId,
      taskId: q.taskId,
      tagIds: q.tagIds,
      inProgress: q.inProgress === true,
      projectRequired: q.projectRequired,
      taskRequired: q.taskRequired,
      limit: pageSize + 1,
      offset: (page - 1) * pageSize,
    });
    c.header('last-page', String(rows.length <= pageSize));
    const toJson = entryListSerializer(store, ws, q.hydrated);
    return c.json(rows.slice(0, pageSize).map(toJson));
  });

  r.on('GET', '/v1/workspaces/:workspaceId/time-entries/status/in-progress', (c) => {
    const { ws, me } = workspaceAccess(state, c);
    const page = pageParams(c, 10, 1000);
    const hydrated = boolParam(c, 'hydrated') ?? false;
    const visible = visibleUserIds(store, me);
    const rows = store.runningInWorkspace(ws.id).filter((e) => visible === null || visible.has(e.user_id));
    return c.json(paginate(c, rows, page).map(entryListSerializer(store, ws, hydrated)));
  });

  r.on('GET', '/v1/workspaces/:workspaceId/time-entries/:id', (c) => {
    const { ws, me } = workspaceAccess(state, c);
    const hydrated = boolParam(c, 'hydrated') ?? false;
    const id = pathParam(c, 'id');
    const row = ID_PATTERN.test(id) ? store.entry(id) : undefined;
    if (!row || row.workspace_id !== ws.id) throw notInWorkspace('Time entry');
    if (!canManage(store, me, row.user_id)) throw accessDenied();
    return c.json(entryListSerializer(store, ws, hydrated)(row));
  });
}
