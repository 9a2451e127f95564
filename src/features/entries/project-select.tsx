import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import { Select } from '@mantine/core';
import type { Catalog } from '../../shared/workspaces/api';

export interface ProjectSelectProps {
  catalog: Catalog | undefined;
  project: string | null;
  onChange(patch: { project: string | null }): void;
}

/** The searchable project filter: its own chunk (Combobox and the popover code). */
export function ProjectSelect({ catalog, project, onChange }: ProjectSelectProps) {
  return (
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
  );
}
