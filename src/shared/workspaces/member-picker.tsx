import { Box, Text, TextInput } from '@mantine/core';
import type { Member } from '../../clockify/schemas';
import { deferredComponent, useLoadWhenReady } from '../../lib/deferred';
import { memberLabel } from './api';

const memberSelect = deferredComponent(() => import('./member-select').then((m) => m.MemberSelect));

/** The picker as it will look, disabled, while its code is on its way. */
function MemberSelectPlaceholder({ name }: { name: string }) {
  return <TextInput label="Team member" w={{ base: '100%', sm: 300 }} value={name} disabled readOnly />;
}

interface Props {
  members: Member[];
  restricted: boolean;
  value: string;
  onChange(userId: string): void;
  /** Whom the key may read; the others are shown disabled, marked "no access". */
  access?: ReadonlyMap<string, boolean>;
  /** The page's data is in: the select's code may load now (it loads on intent anyway). */
  ready?: boolean;
}

/** Searchable member picker that shows each person's role. */
export function MemberPicker({ members, restricted, value, onChange, access, ready = true }: Props) {
  useLoadWhenReady(memberSelect, ready);
  const current = members.find((m) => m.id === value);
  const noAccess = access ? members.filter((m) => access.get(m.id) === false).length : 0;
  return (
    <Box w={{ base: '100%', sm: 'auto' }} {...memberSelect.intent}>
      <memberSelect.Deferred fallback={<MemberSelectPlaceholder name={current ? memberLabel(current) : ''} />} members={members} value={value} onChange={onChange} access={access} />
      {noAccess > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {noAccess} {noAccess === 1 ? 'person is' : 'people are'} outside what this key may see.
        </Text>
      )}
      {restricted && (
        <Text size="xs" c="dimmed" mt={4}>
          This key may not list the workspace's members, so only your own entries are shown.
        </Text>
      )}
    </Box>
  );
}
