import { Box, Select, Text } from '@mantine/core';
import type { Member } from '../../clockify/schemas';
import { roleLabel } from './api';

interface Props {
  members: Member[];
  restricted: boolean;
  value: string;
  onChange(userId: string): void;
  /** Whom the key may read; the others are shown disabled, marked "no access". */
  access?: ReadonlyMap<string, boolean>;
}

/** Searchable member picker that shows each person's role. */
export function MemberPicker({ members, restricted, value, onChange, access }: Props) {
  const noAccess = access ? members.filter((m) => access.get(m.id) === false).length : 0;
  return (
    <Box w={{ base: '100%', sm: 'auto' }}>
      <Select
        label="Team member"
        searchable
        allowDeselect={false}
        w={{ base: '100%', sm: 300 }}
        data={members.map((m) => {
          const blocked = access?.get(m.id) === false;
          return { value: m.id, label: `${m.name || m.email} — ${roleLabel(m.roles)}${blocked ? ' (no access)' : ''}`, disabled: blocked };
        })}
        value={value}
        onChange={(v) => v && onChange(v)}
        nothingFoundMessage="Nobody matches"
      />
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
