import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import { Select } from '@mantine/core';
import type { Member } from '../../clockify/schemas';
import { memberLabel } from './api';

export interface MemberSelectProps {
  members: Member[];
  value: string;
  onChange(userId: string): void;
  access?: ReadonlyMap<string, boolean>;
}

/** The searchable select itself: its own chunk (Combobox and the popover code). */
export function MemberSelect({ members, value, onChange, access }: MemberSelectProps) {
  return (
    <Select
      label="Team member"
      searchable
      allowDeselect={false}
      w={{ base: '100%', sm: 300 }}
      data={members.map((m) => {
        const blocked = access?.get(m.id) === false;
        return { value: m.id, label: `${memberLabel(m)}${blocked ? ' (no access)' : ''}`, disabled: blocked };
      })}
      value={value}
      onChange={(v) => v && onChange(v)}
      nothingFoundMessage="Nobody matches"
    />
  );
}
