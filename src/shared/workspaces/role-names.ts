/** Clockify's role enums in the words people use; anything else (USER, unknown) is a member. */
export const ROLE_LABELS: Record<string, string> = {
  OWNER: 'Owner',
  WORKSPACE_ADMIN: 'Admin',
  TEAM_MANAGER: 'Team manager',
  PROJECT_MANAGER: 'Project manager',
};

const ORDER = ['OWNER', 'WORKSPACE_ADMIN', 'TEAM_MANAGER', 'PROJECT_MANAGER'];

/** One role: `TEAM_MANAGER` → "Team manager", `USER` → "Member". */
export function roleName(role: string | null | undefined): string {
  return (role && ROLE_LABELS[role.toUpperCase()]) || 'Member';
}

/** The highest of a member's roles, in words. */
export function roleLabel(roles: readonly string[]): string {
  const top = ORDER.find((r) => roles.includes(r));
  return top ? ROLE_LABELS[top] : 'Member';
}

/** A member as the picker names them: "Ada Lovelace — Owner" (the email when there is no name). */
export function memberLabel(member: { name: string; email: string; roles: readonly string[] }): string {
  return `${member.name || member.email} — ${roleLabel(member.roles)}`;
}
