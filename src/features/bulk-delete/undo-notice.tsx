import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useNow } from '../../lib/use-now';
import { deleteQueue } from './queue';
import { useDeleteQueue } from './delete-queue';
import { DeletionProgress } from './deletion-progress';
import { secondsLeft } from './pending-deletion';
import { UNDO_SHORTCUT_LABEL } from './undo-shortcut';
import { useHoldWhileEngaged } from './use-hold-while-engaged';
import { useIsShownInPlace } from './banner-registry';

/** The notification body of one deletion: countdown with Undo, then progress, then the result. */
export function UndoNotice({ jobId }: { jobId: string }) {
  const jobs = useDeleteQueue(deleteQueue);
  const job = jobs.find((j) => j.id === jobId);
  const now = useNow(250, job?.phase === 'undo-window' && job.pausedLeftMs === null);
  const hold = useHoldWhileEngaged(jobId);
  const inPlace = useIsShownInPlace(jobId);
  const terminal = !job || job.phase === 'done' || job.phase === 'undone' || job.phase === 'backup-failed';
  useEffect(() => {
    if (!terminal) return;
    const t = setTimeout(() => notifications.hide(jobId), 8000);
    return () => clearTimeout(t);
  }, [terminal, jobId]);
  if (!job) return null;
  const n = job.record.entries.length;

  switch (job.phase) {
    case 'undo-window': {
      const left = secondsLeft(job, now.getTime());
      return (
        <Stack gap={6} {...hold}>
          <Text size="sm">
            {n} {n === 1 ? 'entry' : 'entries'} will be deleted in {left} s{job.pausedLeftMs !== null ? ' (paused)' : ''}. Nothing has been
            sent yet.
          </Text>
          {/* Said once, not every tick: the countdown itself is not in a live region. */}
          <span className="visually-hidden" role="status">
            {n} {n === 1 ? 'entry' : 'entries'} will be deleted. Press {UNDO_SHORTCUT_LABEL} to undo; the countdown pauses while the
            pointer or focus is on this message.
          </span>
          {inPlace ? (
            <Text size="xs" c="dimmed">
              Undo and Delete now are in the list.
            </Text>
          ) : (
            <Group gap="xs">
              <Button size="xs" onClick={() => deleteQueue.undo(jobId)}>
                Undo
              </Button>
              <Button size="xs" variant="default" onClick={() => void deleteQueue.sendNow(jobId)}>
                Delete now
              </Button>
            </Group>
          )}
        </Stack>
      );
    }
    case 'sending':
      return (
        <Stack gap={6}>
          <DeletionProgress job={job} />
        </Stack>
      );
    case 'done': {
      const r = job.result!;
      const failed = r.failed.length + r.unconfirmed.length;
      return (
        <Text size="sm">
          Deleted {r.deleted.length.toLocaleString('en-US')} of {n.toLocaleString('en-US')}.
          {failed ? ` ${failed} not deleted — see the list.` : ''}
          {r.notSent.length ? ` ${r.notSent.length} not sent (cancelled).` : ''} A backup is in this browser’s history.
        </Text>
      );
    }
    case 'undone':
      return <Text size="sm">Undone: nothing was deleted.</Text>;
    case 'backup-failed':
      return (
        <Text size="sm" c="red">
          {job.error}
        </Text>
      );
  }
}
