/**
 * Workspace roles. OWNER and WORKSPACE_ADMIN manage everyone and may touch locked entries;
 * a TEAM_MANAGER manages the members of their team; everyone else only themselves.
 */
import { ID_PATTERN } from '../../src/clockify/schemas';
import { accessDenied, notInWorkspace } from './errors';
import type { SandboxState } from './state';
import type { Store } from './store';
import type { MembershipRow, UserRow, WorkspaceRow } from './store-types';

export const isAdmin = (m: MembershipRow) => m.role === 'OWNER' || m.role === 'WORKSPACE_ADMIN';

export function canManage(store: Store, me: MembershipRow, targetUserId: string): boolean {
  if (me.user_id === targetUserId || isAdmin(me)) return true;
  return me.role === 'TEAM_MANAGER' && store.isInTeam(me.workspace_id, me.user_id, targetUserId);
}

/** Users whose running timers `me` may see; null means everyone. */
export function visibleUserIds(store: Store, me: MembershipRow): Set<string> | null {
  if (isAdmin(me)) return null;
  const ids = new Set([me.user_id]);
  if (me.role === 'TEAM_MANAGER') for (const id of store.teamOf(me.workspace_id, me.user_id)) ids.add(id);
  return ids;
}

export const isLocked = (ws: WorkspaceRow, startAt: number) => ws.lock_at !== null && startAt < ws.lock_at;

/** The workspace named in the path and the caller's membership; non-members get 403 Access Denied. */
export function workspaceAccess(state: SandboxState, caller: UserRow, wid: string): { ws: WorkspaceRow; me: MembershipRow } {
  const ws = ID_PATTERN.test(wid) ? state.store.workspace(wid) : undefined;
  const me = ws ? state.store.membership(ws.id, caller.id) : undefined;
  if (!ws || !me) throw accessDenied();
  return { ws, me };
}

/** The member named in the path (400/501 when not in the workspace), after a permission check. */
export function managedMember(state: SandboxState, ws: WorkspaceRow, me: MembershipRow, userId: string): MembershipRow {
  const target = ID_PATTERN.test(userId) ? state.store.membership(ws.id, userId) : undefined;
  if (!target) throw notInWorkspace('User');
  if (!canManage(state.store, me, target.user_id)) throw accessDenied();
  return target;
}
