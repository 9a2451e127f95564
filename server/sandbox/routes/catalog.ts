/** Projects, tags, clients and tasks: small per-workspace lists, filtered and paged in memory. */
import { Hono, type Context } from 'hono';
import { workspaceAccess } from '../access';
import { notInWorkspace } from '../errors';
import { boolParam, listParam, pageParams, paginate, stringParam } from '../query';
import { clientDto, projectDto, tagDto, taskDto } from '../serialize';
import type { ApiEnv, SandboxState } from '../state';

/** `name` filter: case-insensitive substring, or exact (still case-insensitive) with `strict-name-search=true`. */
function nameFilter(c: Context): (name: string) => boolean {
  const needle = stringParam(c, 'name')?.toLowerCase();
  const strict = boolParam(c, 'strict-name-search') ?? false;
  if (!needle) return () => true;
  return (name) => (strict ? name.toLowerCase() === needle : name.toLowerCase().includes(needle));
}

/** `archived` omitted → both archived and active rows (Clockify's default, a known trap). */
function archivedFilter(c: Context): (archived: number) => boolean {
  const archived = boolParam(c, 'archived');
  return (v) => archived === undefined || (v === 1) === archived;
}

export function catalogRoutes(state: SandboxState): Hono<ApiEnv> {
  const { store } = state;
  const r = new Hono<ApiEnv>();

  r.get('/v1/workspaces/:workspaceId/projects', (c) => {
    const { ws } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const byName = nameFilter(c);
    const byArchived = archivedFilter(c);
    const billable = boolParam(c, 'billable');
    const clientIds = listParam(c, 'clients');
    const page = pageParams(c);
    const clients = new Map(store.clients(ws.id).map((x) => [x.id, x]));
    const rows = store.projects(ws.id).filter(
      (p) => byName(p.name) && byArchived(p.archived) && (billable === undefined || (p.billable === 1) === billable)
        && (clientIds.length === 0 || (p.client_id !== null && clientIds.includes(p.client_id))),
    );
    return c.json(paginate(c, rows, page).map((p) => projectDto(p, clients, ws.currency)));
  });

  r.get('/v1/workspaces/:workspaceId/tags', (c) => {
    const { ws } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const byName = nameFilter(c);
    const byArchived = archivedFilter(c);
    const page = pageParams(c);
    const rows = store.tags(ws.id).filter((t) => byName(t.name) && byArchived(t.archived));
    return c.json(paginate(c, rows, page).map(tagDto));
  });

  r.get('/v1/workspaces/:workspaceId/clients', (c) => {
    const { ws } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const byName = nameFilter(c);
    const byArchived = archivedFilter(c);
    const page = pageParams(c);
    const rows = store.clients(ws.id).filter((x) => byName(x.name) && byArchived(x.archived));
    return c.json(paginate(c, rows, page).map(clientDto));
  });

  r.get('/v1/workspaces/:workspaceId/projects/:projectId/tasks', (c) => {
    const { ws } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const byName = nameFilter(c);
    const active = boolParam(c, 'is-active');
    const page = pageParams(c);
    const projectId = c.req.param('projectId');
    if (!store.projects(ws.id).some((p) => p.id === projectId)) throw notInWorkspace('Project');
    const rows = store.tasks(ws.id).filter(
      (t) => t.project_id === projectId && byName(t.name) && (active === undefined || (t.status === 'ACTIVE') === active),
    );
    return c.json(paginate(c, rows, page).map(taskDto));
  });
  return r;
}
