import { useQuery } from '@tanstack/react-query';
import { isErrorKind } from '../../clockify/errors';
import type { Member } from '../../clockify/schemas';
import { useClient } from '../../session/connection-context';
import { meQuery } from '../../session/me-query';
import { memberAccessQuery, workspaceQueries } from './api';

/**
 * One member of one workspace as the connected key sees them: their record (zone, week start),
 * the key's own roles there, the workspace's lock date, and whether the key may read them
 * (owners and admins everyone, a team manager their team, anyone else themselves).
 */
export function useMemberScope(workspaceId: string, userId: string) {
  const { client } = useClient();
  const me = useQuery(meQuery(client));
  const members = useQuery(workspaceQueries.members(client, workspaceId));
  const workspaces = useQuery(workspaceQueries.all(client));
  const member: Member | undefined =
    members.data?.members.find((m) => m.id === userId) ?? (me.data?.id === userId ? { ...me.data, roles: [] } : undefined);
  const myRoles = members.data?.members.find((m) => m.id === me.data?.id)?.roles ?? [];
  const workspace = workspaces.data?.find((w) => w.id === workspaceId);
  const access = useQuery({
    ...memberAccessQuery(client, workspaceId, me.data?.id ?? '', myRoles, members.data?.members ?? []),
    enabled: !!me.data && !!members.data && !members.data.restricted,
  });
  return {
    workspaceId,
    userId,
    me,
    members,
    member,
    myRoles,
    workspace,
    access: access.data,
    timeZone: member?.settings.timeZone ?? 'UTC',
    weekStart: member?.settings.weekStart ?? 'MONDAY',
    lockDate: workspace?.workspaceSettings.lockTimeEntries ?? null,
    /** Known not readable: the access check said so, or a read of theirs (`error`) was refused. */
    forbiddenBy: (error: unknown) => access.data?.get(userId) === false || isErrorKind(error, 'forbidden'),
  };
}

export type MemberScope = ReturnType<typeof useMemberScope>;
