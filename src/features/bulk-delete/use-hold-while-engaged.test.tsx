import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupStore, DeletionRecord } from './backup';
import type { DeletionDeps } from './run-deletion';
import { deleteQueue } from './queue';
import { useHoldWhileEngaged } from './use-hold-while-engaged';

vi.mock('./queue', async () => {
  const { createDeleteQueue } = await import('./delete-queue');
  const backup = { put: async () => {}, remove: async () => {} } as unknown as BackupStore;
  return { deleteQueue: createDeleteQueue(async () => backup, () => Date.now()) };
});

const record = (id: string): DeletionRecord => ({
  id, createdAt: new Date(0).toISOString(), workspaceId: 'w', userId: 'u', memberName: 'M', timeZone: 'UTC',
  entries: [{ id: 'a', description: 'a', projectId: null, projectName: null, clientName: null, taskId: null, taskName: null, tagIds: [], tagNames: [], billable: false, type: 'REGULAR', start: new Date(0).toISOString(), end: new Date(1000).toISOString(), durationSeconds: 1, isLocked: false, customFieldValues: [] }],
  status: 'scheduled', deletedIds: [], failedIds: [], restored: {},
});

function Banner({ jobId }: { jobId: string }) {
  return (
    <div role="alert" {...useHoldWhileEngaged(jobId)}>
      <button>Undo</button>
    </div>
  );
}

let n = 0;
function schedule() {
  const id = `job-${++n}`;
  const sent: string[][] = [];
  const deps: DeletionDeps = { deleteChunk: async (ids) => (sent.push(ids), ids), stillExisting: async () => new Set<string>() };
  deleteQueue.schedule(record(id), [['a']], deps, 10_000);
  const phase = () => deleteQueue.snapshot().find((j) => j.id === id)!.phase;
  return { id, sent, phase };
}

describe('useHoldWhileEngaged: the undo countdown pauses while the banner is engaged, and goes on after', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('the pointer leaving resumes it, even when React reported its entering twice', async () => {
    const job = schedule();
    render(<Banner jobId={job.id} />);
    // The banner appears under the resting pointer as the confirm dialog closes: React
    // reports an enter from the dialog's removed nodes, and another as the pointer moves in.
    fireEvent.mouseEnter(screen.getByRole('alert'));
    fireEvent.mouseEnter(screen.getByRole('alert'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(job.sent).toEqual([]);
    fireEvent.mouseLeave(screen.getByRole('alert'));
    await vi.advanceTimersByTimeAsync(10_001);
    await vi.waitFor(() => expect(job.sent).toEqual([['a']]));
  });

  it('pointer and focus each hold; the countdown goes on once both have left', async () => {
    const job = schedule();
    render(<Banner jobId={job.id} />);
    fireEvent.mouseEnter(screen.getByRole('alert'));
    fireEvent.focus(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.mouseLeave(screen.getByRole('alert'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(job.sent).toEqual([]);
    fireEvent.blur(screen.getByRole('button', { name: 'Undo' }));
    await vi.advanceTimersByTimeAsync(10_001);
    await vi.waitFor(() => expect(job.sent).toEqual([['a']]));
  });

  it('a banner that goes away while pointed at releases its hold', async () => {
    const job = schedule();
    const { unmount } = render(<Banner jobId={job.id} />);
    fireEvent.mouseEnter(screen.getByRole('alert'));
    fireEvent.mouseEnter(screen.getByRole('alert'));
    unmount();
    await vi.advanceTimersByTimeAsync(10_001);
    await vi.waitFor(() => expect(job.sent).toEqual([['a']]));
    expect(job.phase()).toBe('done');
  });
});
