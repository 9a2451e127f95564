import { Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { memo, useEffect, useState } from 'react';
import { deferredComponent, useLoadWhenReady } from '../../lib/deferred';
import type { Catalog } from '../../shared/workspaces/api';

const projectSelect = deferredComponent(() => import('./project-select').then((m) => m.ProjectSelect));

/** The project filter as it will look, disabled, while its code is on its way. */
function ProjectSelectPlaceholder({ name }: { name: string }) {
  return <TextInput size="xs" label="Project" placeholder="Any project" w={{ base: '100%', xs: 220 }} value={name} disabled readOnly />;
}

interface Props {
  catalog: Catalog | undefined;
  project: string | null;
  q: string | null;
  onChange(patch: { project?: string | null; q?: string | null }): void;
  /** The page's data is in: the project filter's code may load now (it loads on intent anyway). */
  ready?: boolean;
  /** Goes up when the manager keeps their selection instead of a change: the search box shows `q` again. */
  declined?: number;
}

export const FiltersBar = memo(function FiltersBar({ catalog, project, q, onChange, ready = true, declined = 0 }: Props) {
  useLoadWhenReady(projectSelect, ready);
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q, declined]);
  const commit = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 350);

  return (
    <Group gap="xs" align="flex-end" w={{ base: '100%', sm: 'auto' }} {...projectSelect.intent}>
      <projectSelect.Deferred fallback={<ProjectSelectPlaceholder name={(project && catalog?.projects.get(project)?.name) || ''} />} catalog={catalog} project={project} onChange={onChange} />
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
});
