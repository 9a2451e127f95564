import { Group, Skeleton, Text } from '@mantine/core';
import { catalogState, type Catalog } from './api';

/**
 * Project name with its colour dot and client; "No project" when there is none. While the
 * project list loads, a placeholder; if it failed, a neutral word (the page says so once).
 */
export function ProjectLabel({ projectId, catalog }: { projectId: string | null; catalog: Catalog | undefined }) {
  if (!projectId) {
    return (
      <Text size="sm" c="dimmed">
        No project
      </Text>
    );
  }
  const p = catalog?.projects.get(projectId);
  const state = catalogState(catalog).projects;
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 10, flex: 'none', background: p?.color ?? 'var(--mantine-color-gray-5)' }} />
      {/* The dot carries the project's colour; the name stays in the text colour, because any
          colour a workspace picks (light blue, pink, grey…) can fail contrast on either scheme. */}
      {p ? (
        <Text size="sm" truncate="end">
          {p.name}
        </Text>
      ) : state === 'loading' ? (
        <Skeleton height={12} width={96} radius="sm" role="img" aria-label="Loading project" />
      ) : (
        <Text size="sm" c="dimmed" truncate="end">
          {state === 'error' ? 'Project name not loaded' : 'Unknown project'}
        </Text>
      )}
      {p?.clientLabel && (
        <Text size="xs" c="dimmed" truncate="end">
          · {p.clientLabel}
        </Text>
      )}
    </Group>
  );
}
