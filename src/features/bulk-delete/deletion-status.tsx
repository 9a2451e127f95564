import { Alert, Button, Stack, Text } from '@mantine/core';
import { backupEntryLabel } from './backup';
import type { DeleteJob } from './delete-queue';
import { DeletionProgress } from './deletion-progress';
import { FailureGroups } from './failure-groups';

interface Props {
  job: DeleteJob;
  onCancel(): void;
  onRetry(ids: string[]): void;
  onDismiss(): void;
}

/** Progress while chunks go out, then the exact result: what was deleted, what was not and why. */
export function DeletionStatus({ job, onCancel, onRetry, onDismiss }: Props) {
  const n = job.record.entries.length;
  const label = backupEntryLabel(job.record);

  if (job.phase === 'sending') {
    return (
      <Alert color="blue" title="Deleting" role="status">
        <Stack gap={6}>
          <DeletionProgress job={job} detailed testId="delete-progress" />
          <Button size="xs" variant="default" w="fit-content" onClick={onCancel}>
            Cancel
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (job.phase === 'backup-failed') {
    return (
      <Alert color="red" title="Nothing was deleted" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss}>
        {job.error}
      </Alert>
    );
  }
  if (job.phase !== 'done' || !job.result) return null;

  const r = job.result;
  const problems = [...r.failed, ...r.unconfirmed];
  const retryIds = [...problems.map((f) => f.id), ...r.notSent];
  const ok = problems.length === 0 && r.notSent.length === 0;
  return (
    <Alert
      color={ok ? 'green' : 'orange'}
      title={`Deleted ${r.deleted.length.toLocaleString('en-US')} of ${n.toLocaleString('en-US')}`}
      role={ok ? 'status' : 'alert'}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      <Stack gap={6}>
        {ok && <Text size="sm">All selected entries were deleted. A backup is kept in Deletion history.</Text>}
        {r.cancelled && r.notSent.length > 0 && (
          <Text size="sm">Cancelled: {r.notSent.length.toLocaleString('en-US')} were not sent and still exist.</Text>
        )}
        {problems.length > 0 && (
          <>
            <Text size="sm">
              {problems.length.toLocaleString('en-US')} {problems.length === 1 ? 'entry was' : 'entries were'} not deleted and
              {problems.length === 1 ? ' stays' : ' stay'} selected:
            </Text>
            <FailureGroups problems={problems} label={label} />
          </>
        )}
        {retryIds.length > 0 && (
          <Button size="xs" w="fit-content" onClick={() => onRetry(retryIds)}>
            Retry failed
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
