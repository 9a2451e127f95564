import { Box, Select, Text } from '@mantine/core';
import type { Member } from '../../clockify/schemas';
import { roleLabel } from './api';

interface Props {
  members: Member[];
  restricted: boolean;
  value: string;
  onChange(userId: string): void;
}

/** Searchable member picker that shows each person's role. */
export function MemberPicker({ members, restricted, value, onChange }: Props) {
  return (
    <Box w={{ base: '100%', sm: 'auto' }}>
      <Select
        label="Team member"
        searchable
        allowDeselect={false}
        w={{ base: '100%', sm: 300 }}
        data={members.map((m) => ({ value: m.id, label: `${m.name || m.email} — ${roleLabel(m.roles)}` }))}
        value={value}
        onChange={(v) => v && onChange(v)}
        nothingFoundMessage="Nobody matches"
      />
      {restricted && (
        <Text size="xs" c="dimmed" mt={4}>
          This key may not list the workspace's members, so only your own entries are shown.
        </Text>
      )}
    </Box>
  );
}
