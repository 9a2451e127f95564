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
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 10, flex: 'none', background: p?.color ?? 'var(--mantine-color-gray-5)' }} />
      {/* The dot carries the project's colour; the name stays in the text colour, because any
          colour a workspace picks (light blue, pink, grey…) can fail contrast on either scheme. */}
      <Text size="sm" truncate="end">
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
