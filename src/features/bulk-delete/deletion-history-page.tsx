import { Alert, Badge, Button, Card, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatInZone } from '../../lib/dates';
import { useClient } from '../connection/connection-context';
import { entriesKeys } from '../entries/api';
import { backupStore, type DeletionRecord } from './backup';
import { download, toJson } from './export';
import { restoreRecord } from './restore';

const historyKey = ['local', 'deletion-history'] as const;

/** Past deletions kept in this browser: download the backup, or re-create the entries. */
export function DeletionHistoryPage() {
  const { workspaceId = '' } = useParams();
  const history = useQuery({ queryKey: historyKey, queryFn: () => backupStore.list(), staleTime: 0 });
  const records = (history.data ?? []).filter((r) => r.workspaceId === workspaceId);

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Deletion history
      </Title>
      <Text size="sm" c="dimmed">
        Every bulk deletion saves the full entries in this browser before anything is sent. Restore re-creates them in Clockify;
        restored entries get new ids.
      </Text>
      {history.isPending && <Loader aria-label="Loading deletion history" />}
      {history.isError && (
        <Alert color="red" title="Could not read the local backups">
          {(history.error as Error).message}
        </Alert>
      )}
      {history.isSuccess && records.length === 0 && <Text>No deletions from this browser in this workspace yet.</Text>}
      {records.map((r) => (
        <HistoryItem key={r.id} record={r} />
      ))}
    </Stack>
  );
}

function HistoryItem({ record }: { record: DeletionRecord }) {
  const { client, connection } = useClient();
  const qc = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const deleted = record.deletedIds.length;
  const restoredCount = Object.keys(record.restored).length;
  const left = deleted - restoredCount;

  const restore = useMutation({
    mutationFn: async () => {
      const result = await restoreRecord(client, record, (done, total) => setProgress({ done, total }));
      const next = { ...record, restored: { ...record.restored, ...result.restored } };
      await backupStore.put(next);
      return result;
    },
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: historyKey }),
        qc.invalidateQueries({ queryKey: entriesKeys.member(connection.id, record.workspaceId, record.userId) }),
      ]),
  });

  const title = `${record.memberName}: ${deleted} ${deleted === 1 ? 'entry' : 'entries'} deleted`;
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {formatInZone(new Date(record.createdAt), Intl.DateTimeFormat().resolvedOptions().timeZone, 'EEE d MMM yyyy, HH:mm')} ·{' '}
            {record.entries.length} selected
            {record.failedIds.length ? ` · ${record.failedIds.length} not deleted` : ''}
          </Text>
          {restoredCount > 0 && (
            <Badge color="green" variant="light">
              {restoredCount} restored
            </Badge>
          )}
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => download(`deleted-entries-${record.createdAt.slice(0, 19).replace(/:/g, '')}.json`, toJson(record.entries), 'application/json')}
          >
            Download backup
          </Button>
          <Button size="xs" onClick={() => restore.mutate()} loading={restore.isPending} disabled={left === 0}>
            Restore
          </Button>
        </Group>
      </Group>
      {restore.isPending && progress && (
        <Stack gap={4} mt="sm">
          <Text size="sm">
            Restoring {progress.done} of {progress.total}…
          </Text>
          <Progress value={(100 * progress.done) / Math.max(1, progress.total)} aria-label="Restore progress" />
        </Stack>
      )}
      {restore.isSuccess && (
        <Alert mt="sm" color={restore.data.failed.length ? 'orange' : 'green'} role="status" title={`Restored ${Object.keys(restore.data.restored).length} of ${Object.keys(restore.data.restored).length + restore.data.failed.length}`}>
          Restored entries are new entries with new ids.
          {restore.data.failed.length > 0 && ` Not restored: ${restore.data.failed.length} — ${restore.data.failed[0].reason}`}
        </Alert>
      )}
      {restore.isError && (
        <Alert mt="sm" color="red" title="Restore stopped">
          {(restore.error as Error).message}
        </Alert>
      )}
    </Card>
  );
}
