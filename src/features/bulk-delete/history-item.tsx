/** One past deletion: who, when, what; download its backup; restore all or some of it. */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { browserTimeZone, formatInZone } from '../../lib/dates';
import { useClient } from '../../session/connection-context';
import { recordActivity } from '../../shared/activity-log/activity-store';
import { localKeys, sessionKeys } from '../../session/query-keys';
import { restoreActivity } from './activity-entries';
import type { BackupEntry, DeletionRecord } from './backup';
import { download } from '../../lib/files';
import { toJson } from './export';
import { entryStatus, HistoryEntries } from './history-entries';
import { RestoreDialog } from './restore-dialog';
import { restoreDeps, restoreJobs, useRestoreJob } from './restore-jobs';
import { RestoreStatus } from './restore-report';

export function HistoryItem({ record }: { record: DeletionRecord }) {
  const { client, connection } = useClient();
  const qc = useQueryClient();
  const job = useRestoreJob(record.id);
  const [showEntries, setShowEntries] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<BackupEntry[] | null>(null);

  const deleted = record.deletedIds.length;
  const restoredCount = record.entries.filter((e) => entryStatus(record, e) === 'restored').length;
  const restorable = record.entries.filter((e) => entryStatus(record, e) === 'deleted');
  const running = job?.phase === 'running';

  const start = (entries: BackupEntry[]) => {
    setConfirming(null);
    setPicked(new Set());
    void restoreJobs
      .start(record, entries, restoreDeps(client, record))
      .then((result) => result && recordActivity(restoreActivity(record, entries.length, result, connection.userName ?? connection.label)))
      .finally(() =>
        Promise.all([
          qc.invalidateQueries({ queryKey: localKeys.deletionHistory() }),
          qc.invalidateQueries({ queryKey: sessionKeys.memberEntries(client, record.workspaceId, record.userId) }),
        ]),
      );
  };
  const retry = (ids: string[]) => {
    restoreJobs.dismiss(record.id);
    start(record.entries.filter((e) => ids.includes(e.id)));
  };
  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const title = `${record.memberName}: ${deleted} ${deleted === 1 ? 'entry' : 'entries'} deleted`;
  const when = formatInZone(new Date(record.createdAt), browserTimeZone(), 'EEE d MMM yyyy, HH:mm');
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {when} · by {record.deletedBy?.name ?? 'this browser'}
            {record.workspaceName ? ` · ${record.workspaceName}` : ''} · {record.entries.length} selected
            {record.failedIds.length ? ` · ${record.failedIds.length} not deleted` : ''}
          </Text>
          {restoredCount > 0 && (
            <Badge color="green" variant="light">
              {restoredCount} restored
            </Badge>
          )}
        </Stack>
        <Group gap="xs">
          <Button size="sm" variant="subtle" aria-expanded={showEntries} onClick={() => setShowEntries((v) => !v)}>
            {showEntries ? 'Hide entries' : 'Show entries'}
          </Button>
          <Button
            size="sm"
            variant="default"
            onClick={() => download(`deleted-entries-${record.createdAt.slice(0, 19).replace(/:/g, '')}.json`, toJson(record.entries), 'application/json')}
          >
            Download backup
          </Button>
          <Button size="sm" onClick={() => setConfirming(restorable)} disabled={restorable.length === 0 || running}>
            Restore
          </Button>
        </Group>
      </Group>
      {showEntries && (
        <Stack gap="xs" mt="sm">
          <HistoryEntries record={record} selected={picked} onToggle={toggle} />
          <Button
            size="sm"
            variant="light"
            w="fit-content"
            disabled={picked.size === 0 || running}
            onClick={() => setConfirming(restorable.filter((e) => picked.has(e.id)))}
          >
            Restore selected ({picked.size})
          </Button>
        </Stack>
      )}
      {job && (
        <RestoreStatus job={job} record={record} onCancel={() => restoreJobs.cancel(record.id)} onRetry={retry} onDismiss={() => restoreJobs.dismiss(record.id)} />
      )}
      {confirming && (
        <RestoreDialog
          entries={confirming}
          memberName={record.memberName}
          timeZone={record.timeZone}
          onCancel={() => setConfirming(null)}
          onConfirm={() => start(confirming)}
        />
      )}
    </Card>
  );
}
