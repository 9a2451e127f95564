import { roleLabel } from '../../shared/workspaces/role-names';

/** Explained up front rather than after a 403: who may delete this member's entries. Null: this key may. */
export function cannotDeleteReason(meId: string | undefined, myRoles: readonly string[], memberId: string, memberName: string): string | null {
  if (!meId || meId === memberId) return null;
  if (myRoles.some((r) => r === 'OWNER' || r === 'WORKSPACE_ADMIN' || r === 'TEAM_MANAGER')) return null;
  return `Your key (${roleLabel(myRoles)}) may not delete ${memberName}’s entries: only workspace owners, admins and their team manager can. Connect with such a key to clean up.`;
}
