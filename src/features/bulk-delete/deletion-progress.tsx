import { Progress, Text } from '@mantine/core';
import type { DeleteJob } from './delete-queue';

/** "Deleting X of N" with a bar; shown in the page and in the notification (which stays when the manager moves on). */
export function DeletionProgress({ job, detailed, testId }: { job: DeleteJob; detailed?: boolean; testId?: string }) {
  const p = job.progress;
  const n = job.record.entries.length;
  return (
    <>
      <Text size="sm" data-testid={testId}>
        Deleting {(p?.processed ?? 0).toLocaleString('en-US')} of {n.toLocaleString('en-US')}
        {detailed && p ? ` (request ${Math.min(p.chunksDone + 1, p.chunksTotal)} of ${p.chunksTotal})` : '…'}
      </Text>
      <Progress value={p && p.total ? (100 * p.processed) / p.total : 0} aria-label="Deletion progress" />
    </>
  );
}
