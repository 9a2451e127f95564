import { describeError } from '../../clockify/errors';
import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { deleteQueue } from './queue';
import { useDeleteQueue } from './delete-queue';
import { backupStore } from './backup';
import { localKeys } from '../../session/query-keys';
import { HistoryItem } from './history-item';

/** Past deletions kept in this browser: what each removed, its backup, and restore. */
export function DeletionHistory({ workspaceId }: { workspaceId: string }) {
  const history = useQuery({ queryKey: localKeys.deletionHistory(), queryFn: () => backupStore.list(), staleTime: 0 });
  // A deletion that starts or ends while this page is open shows here without a reload.
  const qc = useQueryClient();
  const phases = useDeleteQueue(deleteQueue)
    .map((j) => `${j.id}:${j.phase}`)
    .join();
  const seenPhases = useRef(phases);
  useEffect(() => {
    if (seenPhases.current === phases) return; // the first read is the query's own
    seenPhases.current = phases;
    void qc.invalidateQueries({ queryKey: localKeys.deletionHistory() });
  }, [phases, qc]);
  const records = (history.data ?? []).filter((r) => r.workspaceId === workspaceId);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Every bulk deletion saves the full entries in this browser before anything is sent. Restore re-creates them in Clockify;
        restored entries get new ids, and entries already back are found and skipped.
      </Text>
      {history.isPending && <Loader aria-label="Loading deletion history" />}
      {history.isError && (
        <Alert color="red" title="Could not read the local backups">
          {describeError(history.error, 'read the backups saved in this browser (IndexedDB)')} Nothing in Clockify was changed.
        </Alert>
      )}
      {history.isSuccess && records.length === 0 && <Text>No deletions from this browser in this workspace yet.</Text>}
      {records.map((r) => (
        <HistoryItem key={r.id} record={r} />
      ))}
    </Stack>
  );
}
