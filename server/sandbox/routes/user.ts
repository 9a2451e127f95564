/** `GET /v1/user`, `GET /v1/workspaces`, `GET /v1/workspaces/{wid}`. */
import { ROLES } from '../../../src/clockify/schemas';
import { Hono } from 'hono';
import { workspaceAccess } from '../access';
import { badRequest } from '../errors';
import { boolParam, listParam } from '../query';
import { membershipDto, userDto, workspaceDto } from '../serialize';
import type { ApiEnv, SandboxState } from '../state';

export function userRoutes(state: SandboxState): Hono<ApiEnv> {
  const { store } = state;
  const r = new Hono<ApiEnv>();

  r.get('/v1/user', (c) => {
    const caller = c.get('caller');
    const includeMemberships = boolParam(c, 'include-memberships') ?? false;
    const memberships = includeMemberships
      ? store.membershipsOfUser(caller.id).map((m) => membershipDto(m, store.workspace(m.workspace_id)?.currency ?? 'USD'))
      : [];
    return c.json({ ...userDto(caller, caller.default_workspace), memberships });
  });

  r.get('/v1/workspaces', (c) => {
    const caller = c.get('caller');
    const roles = listParam(c, 'roles').map((x) => x.toUpperCase());
    for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) throw badRequest(`Parameter 'roles' must be one of ${ROLES.join(', ')}`);
    const rows = store.workspacesOf(caller.id).flatMap((ws) => {
      const me = store.membership(ws.id, caller.id)!;
      return roles.length === 0 || roles.includes(me.role) ? [workspaceDto(ws, [me])] : [];
    });
    return c.json(rows);
  });

  r.get('/v1/workspaces/:workspaceId', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    return c.json(workspaceDto(ws, [me]));
  });
  return r;
}
