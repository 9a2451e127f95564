import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Catalog } from '../../shared/workspaces/api';

interface Props {
  catalog: Catalog | undefined;
  project: string | null;
  q: string | null;
  onChange(patch: { project?: string | null; q?: string | null }): void;
}

export function FiltersBar({ catalog, project, q, onChange }: Props) {
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);
  const commit = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 350);

  return (
    <Group gap="xs" align="flex-end" w={{ base: '100%', sm: 'auto' }}>
      <Select
        size="xs"
        label="Project"
        placeholder="Any project"
        searchable
        clearable
        w={{ base: '100%', xs: 220 }}
        data={(catalog?.projectList ?? []).map((p) => ({ value: p.id, label: p.archived ? `${p.name} (archived)` : p.name }))}
        value={project}
        onChange={(v) => onChange({ project: v })}
        nothingFoundMessage="No project matches"
      />
      <TextInput
        size="xs"
        label="Search description"
        placeholder="e.g. review"
        w={{ base: '100%', xs: 220 }}
        maxLength={200}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
      />
    </Group>
  );
}
