/**
 * In the list's place while a deletion waits or is being sent: the entries are pending, not
 * gone, and Undo is one click (or one key) away. Pointer over it or focus inside pauses the
 * countdown.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useNow } from '../../lib/use-now';
import { deleteQueue } from './queue';
import type { DeleteJob } from './delete-queue';
import { UNDO_SHORTCUT_LABEL } from './undo-shortcut';
import { useHoldWhileEngaged } from './use-hold-while-engaged';
import { useShownInPlace } from './banner-registry';

export function secondsLeft(job: DeleteJob, now: number): number {
  const ms = job.pausedLeftMs ?? job.sendAt - now;
  return Math.max(0, Math.ceil(ms / 1000));
}

export function PendingDeletion({ job }: { job: DeleteJob }) {
  if (job.phase !== 'undo-window') return null;
  return <PendingBanner job={job} />;
}

function PendingBanner({ job }: { job: DeleteJob }) {
  useShownInPlace(job.id);
  const now = useNow(250, job.phase === 'undo-window' && job.pausedLeftMs === null);
  const hold = useHoldWhileEngaged(job.id);
  const n = job.record.entries.length;
  const what = `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'} pending deletion`;
  const left = secondsLeft(job, now.getTime());
  return (
    <Alert color="yellow" title={what} aria-label={what} {...hold}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          {job.pausedLeftMs !== null ? `Paused with ${left} s left` : `Deleted in ${left} s`}. Nothing has been sent yet.
          <span className="keyboard-hint">
            {' '}
            Undo with <kbd>{UNDO_SHORTCUT_LABEL}</kbd>.
          </span>
        </Text>
        <Group gap="xs">
          <Button size="sm" onClick={() => deleteQueue.undo(job.id)}>
            Undo
          </Button>
          <Button size="sm" variant="default" onClick={() => void deleteQueue.sendNow(job.id)}>
            Delete now
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
