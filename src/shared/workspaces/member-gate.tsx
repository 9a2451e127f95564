import { Alert, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../clockify/errors';
import type { Member } from '../../clockify/schemas';
import { roleLabel } from './api';
import { MemberPicker } from './member-picker';
import type { MemberScope } from './use-member-scope';

interface Props {
  scope: MemberScope;
  /** A refusal seen while reading the member's data (their list's 403). */
  error?: unknown;
  /** Grey rows where the page's content will be. */
  placeholder: ReactNode;
  children(member: Member, heading: ReactNode): ReactNode;
  /** The page's data is in: the member picker's code may load (see MemberPicker). */
  ready?: boolean;
  /** Asked before the picker moves to another member (a selection would be lost); calls `go` to move. */
  beforeMemberChange?(go: () => void): void;
}

/**
 * A member page's first decisions, each with words a manager can act on: the workspace could
 * not be read, the key may not see other people, nobody has this id, the key may not see this
 * person. Only a member the key may read reaches `children`, with the page's heading.
 */
export function MemberGate({ scope, error, placeholder, children, ready = true, beforeMemberChange = (go) => go() }: Props) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { members, me, member, workspaceId, myRoles } = scope;
  if (scope.unknownWorkspace) {
    return (
      <Alert color="yellow" title="No such workspace for this key" role="alert">
        This link is for a workspace that this API key is not a member of (or that does not exist). Open one of yours:
        <Group gap="xs" mt="xs">
          {scope.workspaces.map((w) => (
            <Button key={w.id} size="xs" variant="light" onClick={() => navigate(`/w/${w.id}`)}>
              {w.name}
            </Button>
          ))}
        </Group>
      </Alert>
    );
  }
  if (members.isError) {
    return (
      <Alert color="red" title="Could not load this workspace">
        {describeError(members.error, 'load the workspace members')}{' '}
        <Button size="xs" variant="light" onClick={() => members.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (members.isPending || me.isPending) {
    return (
      <Stack gap="md" role="status" aria-label="Loading members">
        <Skeleton height={32} width="60%" maw={420} radius="sm" />
        <Skeleton height={14} width={220} radius="sm" />
        <Skeleton height={72} radius="md" />
        {placeholder}
      </Stack>
    );
  }
  const go = (id: string) => beforeMemberChange(() => navigate(`/w/${workspaceId}/u/${id}?${search.toString()}`));
  if (!member && members.data.restricted) {
    return (
      <Alert color="orange" title="Not allowed for this key" role="alert">
        This API key does not have the right to see or delete other members’ entries — only its owner’s own. Connect with a
        workspace admin’s or team manager’s key to manage this person.{' '}
        <Button size="xs" variant="light" onClick={() => navigate(`/w/${workspaceId}/u/${me.data?.id ?? ''}`)}>
          Show my own entries
        </Button>
      </Alert>
    );
  }
  if (!member) {
    return (
      <Alert color="yellow" title="Member not found">
        Nobody with this id is a member of this workspace you can see. Pick someone from the list.
        <MemberPicker members={members.data.members} restricted={members.data.restricted} value="" onChange={(id) => navigate(`/w/${workspaceId}/u/${id}`)} />
      </Alert>
    );
  }
  const picker = (
    <MemberPicker members={members.data.members} restricted={members.data.restricted} access={scope.access} value={member.id} onChange={go} ready={ready} />
  );
  const title = (
    <Title order={1} size="h2">
      {member.name}’s time entries
    </Title>
  );
  if (scope.forbiddenBy(error)) {
    return (
      <Stack gap="md">
        {title}
        <Alert color="orange" title="Not visible to this key" role="alert">
          Your key ({roleLabel(myRoles)}) may not see {member.name}’s entries or timer: in Clockify{' '}
          {myRoles.includes('TEAM_MANAGER') ? 'a team manager sees only their own team' : 'only owners, admins and team managers see other people'}.
          Pick someone you manage, or connect with a workspace admin’s key.
        </Alert>
        {picker}
      </Stack>
    );
  }
  const heading = (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <div>
        {title}
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Days and times in {scope.timeZone}
          </Text>
          <Badge size="sm" variant="light">
            {scope.workspace?.name ?? 'Workspace'}
          </Badge>
        </Group>
      </div>
      {picker}
    </Group>
  );
  return children(member, heading);
}
