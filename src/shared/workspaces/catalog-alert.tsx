import { Alert, Button, Text } from '@mantine/core';
import { describeError } from '../../clockify/errors';

const NAMES: Record<string, string> = { projects: 'project names', tags: 'tag names', clients: 'client names', tasks: 'task names' };

/** One notice for the lists that failed (not "Unknown …" on every row), with one retry. */
export function CatalogAlert({ failed, error, retrying, onRetry }: { failed: string[]; error: unknown; retrying: boolean; onRetry(): void }) {
  if (!failed.length) return null;
  const names = failed.map((f) => NAMES[f] ?? f);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return (
    <Alert color="orange" title={`Could not load the ${list}`} role="alert">
      <Text size="sm">{describeError(error, `load the ${list}`)} The entries themselves are complete; only these names are missing.</Text>
      <Button mt="xs" size="xs" variant="light" loading={retrying} onClick={onRetry}>
        Retry loading names
      </Button>
    </Alert>
  );
}
