import { useQuery } from '@tanstack/react-query';
import { isErrorKind } from '../../clockify/errors';
import type { Member, User } from '../../clockify/schemas';
import { useClient } from '../../session/connection-context';
import { meQuery } from '../../session/me-query';
import { memberAccessQuery, workspaceQueries } from './api';

/** The member a page shows: from the workspace's member list, else the key's own user when it is them. */
export function findMember(members: readonly Member[] | undefined, me: User | undefined, userId: string): Member | undefined {
  return members?.find((m) => m.id === userId) ?? (me?.id === userId ? { ...me, roles: [] } : undefined);
}

/** The calendar a member's range is read in: their zone and week start (UTC and Monday when unknown). */
export function memberCalendar(member: Member | undefined): { timeZone: string; weekStart: string } {
  return { timeZone: member?.settings.timeZone ?? 'UTC', weekStart: member?.settings.weekStart ?? 'MONDAY' };
}

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
  const member = findMember(members.data?.members, me.data, userId);
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
    /** The key's workspaces are in and this id is not one of them (a mistyped or foreign link). */
    unknownWorkspace: workspaces.isSuccess && !workspace,
    workspaces: workspaces.data ?? [],
    access: access.data,
    ...memberCalendar(member),
    lockDate: workspace?.workspaceSettings.lockTimeEntries ?? null,
    /** Known not readable: the access check said so, or a read of theirs (`error`) was refused. */
    forbiddenBy: (error: unknown) => access.data?.get(userId) === false || isErrorKind(error, 'forbidden'),
  };
}

export type MemberScope = ReturnType<typeof useMemberScope>;
