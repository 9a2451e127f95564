/** The exact outcome of a restore: re-created, already present, failed (grouped by reason), not sent. */
import { Alert, Button, List, Progress, Stack, Text } from '@mantine/core';
import { backupEntryLabel, type DeletionRecord } from './backup';
import { FailureGroups } from './failure-groups';
import type { RestoreJob } from './restore-jobs';

interface Props {
  job: RestoreJob;
  record: DeletionRecord;
  onCancel(): void;
  onRetry(ids: string[]): void;
  onDismiss(): void;
}

export function RestoreStatus({ job, record, onCancel, onRetry, onDismiss }: Props) {
  const { progress } = job;
  if (job.phase === 'running') {
    return (
      <Stack gap={4} mt="sm" role="status">
        <Text size="sm">
          Restoring {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}…
        </Text>
        <Progress value={(100 * progress.done) / Math.max(1, progress.total)} aria-label="Restore progress" />
        <Button size="xs" variant="default" w="fit-content" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    );
  }
  if (job.error || !job.result) {
    return (
      <Alert mt="sm" color="red" title="Restore stopped" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss}>
        {job.error}
      </Alert>
    );
  }
  const r = job.result;
  const restored = Object.keys(r.restored).length;
  const present = Object.keys(r.present).length;
  const retryIds = [...r.failed.map((f) => f.id), ...r.notSent];
  const ok = retryIds.length === 0;
  return (
    <Alert
      mt="sm"
      color={ok ? 'green' : 'orange'}
      role={ok ? 'status' : 'alert'}
      title={`Restored ${restored.toLocaleString('en-US')} of ${job.ids.length.toLocaleString('en-US')}`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      <Stack gap={4}>
        <List size="sm" spacing={2} aria-label="Restore result">
          <List.Item>Re-created with new ids: {restored.toLocaleString('en-US')}</List.Item>
          <List.Item>Already present, skipped: {present.toLocaleString('en-US')}</List.Item>
          {r.failed.length > 0 && <List.Item>Failed: {r.failed.length.toLocaleString('en-US')}</List.Item>}
          {r.notSent.length > 0 && <List.Item>Not sent (cancelled): {r.notSent.length.toLocaleString('en-US')}</List.Item>}
        </List>
        {r.failed.length > 0 && <FailureGroups problems={r.failed} label={backupEntryLabel(record)} verb="restored" />}
        {retryIds.length > 0 && (
          <Button size="xs" w="fit-content" onClick={() => onRetry(retryIds)}>
            Retry failed
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
