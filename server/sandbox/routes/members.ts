/** `GET /v1/workspaces/{wid}/users`: members list; plain users get 403 (Clockify hides it from them). */
import { Hono } from 'hono';
import { workspaceAccess } from '../access';
import { accessDenied } from '../errors';
import { boolParam, enumParam, pageParams, paginate, stringParam } from '../query';
import { membershipDto, userDto } from '../serialize';
import type { ApiEnv, SandboxState } from '../state';

const STATUSES = ['ACTIVE', 'PENDING', 'DECLINED', 'INACTIVE', 'ALL'] as const;
const MEMBERSHIPS = ['ALL', 'NONE', 'WORKSPACE', 'PROJECT', 'USERGROUP'] as const;
const SORT_COLUMNS = ['ID', 'EMAIL', 'NAME', 'NAME_LOWERCASE', 'ACCESS', 'HOURLYRATE', 'COSTRATE'] as const;
const SORT_ORDERS = ['ASCENDING', 'DESCENDING'] as const;

export function memberRoutes(state: SandboxState): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>();
  r.get('/v1/workspaces/:workspaceId/users', (c) => {
    const { ws, me } = workspaceAccess(state, c.get('caller'), c.req.param('workspaceId'));
    const name = stringParam(c, 'name')?.toLowerCase();
    const email = stringParam(c, 'email')?.toLowerCase();
    const status = enumParam(c, 'status', STATUSES);
    const memberships = enumParam(c, 'memberships', MEMBERSHIPS);
    const includeRoles = boolParam(c, 'include-roles') ?? false;
    const sortColumn = enumParam(c, 'sort-column', SORT_COLUMNS);
    const sortOrder = enumParam(c, 'sort-order', SORT_ORDERS) ?? 'ASCENDING';
    const page = pageParams(c);
    if (me.role === 'USER') throw accessDenied();

    let rows = state.store.members(ws.id).filter(
      (m) =>
        (!name || m.name.toLowerCase().includes(name)) &&
        (!email || m.email.toLowerCase().includes(email)) &&
        (!status || status === 'ALL' || m.status === status),
    );
    if (sortColumn) {
      const key = (m: (typeof rows)[number]): string | number =>
        sortColumn === 'EMAIL' ? m.email : sortColumn === 'ID' ? m.user_id : sortColumn === 'HOURLYRATE' ? m.hourly_rate
          : sortColumn === 'COSTRATE' ? (m.cost_rate ?? -1) : sortColumn === 'ACCESS' ? m.role : m.name.toLowerCase();
      rows = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (sortOrder === 'DESCENDING' ? -1 : 1));
    }
    return c.json(
      paginate(c, rows, page).map((m) => ({
        ...userDto(m, m.default_workspace),
        ...(memberships === 'WORKSPACE' || memberships === 'ALL' ? { memberships: [membershipDto(m, ws.currency)] } : {}),
        ...(includeRoles ? { roles: m.role === 'USER' ? [] : [{ role: m.role }] } : {}),
      })),
    );
  });
  return r;
}
