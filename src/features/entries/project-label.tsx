import { Group, Text } from '@mantine/core';
import type { Catalog } from '../workspaces/api';

/** Project name with its colour dot and client; "No project" when there is none. */
export function ProjectLabel({ projectId, catalog }: { projectId: string | null; catalog: Catalog | undefined }) {
  if (!projectId) {
    return (
      <Text size="sm" c="dimmed">
        No project
      </Text>
    );
  }
  const p = catalog?.projects.get(projectId);
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <span aria-hidden style={{ width: 8, height: 8, borderRadius: 8, flex: 'none', background: p?.color ?? 'var(--mantine-color-gray-5)' }} />
      <Text size="sm" truncate="end" c={p?.color}>
        {p ? p.name : 'Unknown project'}
      </Text>
      {p?.clientLabel && (
        <Text size="xs" c="dimmed" truncate="end">
          · {p.clientLabel}
        </Text>
      )}
    </Group>
  );
}
