import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupStore, DeletionRecord } from './backup';
import { createDeleteQueue } from './delete-queue';
import type { DeletionDeps } from './run-deletion';

const record = (id: string, ids: string[]): DeletionRecord => ({
  id, createdAt: new Date(0).toISOString(), workspaceId: 'w', userId: 'u', memberName: 'M', timeZone: 'UTC',
  entries: ids.map((x) => ({ id: x, description: x, projectId: null, projectName: null, clientName: null, taskId: null, taskName: null, tagIds: [], tagNames: [], billable: false, type: 'REGULAR', start: new Date(0).toISOString(), end: new Date(1000).toISOString(), durationSeconds: 1, isLocked: false, customFieldValues: [] })),
  status: 'scheduled', deletedIds: [], failedIds: [], restored: {},
});

function setup() {
  const backup = { put: vi.fn(async () => {}), remove: vi.fn(async () => {}) } as unknown as BackupStore;
  const sent: string[][] = [];
  const deps: DeletionDeps = {
    deleteChunk: async (ids) => (sent.push(ids), ids),
    stillExisting: async () => new Set<string>(),
  };
  return { queue: createDeleteQueue(async () => backup, () => Date.now()), deps, sent };
}

describe('delete queue: an undo window a person can reach (WCAG 2.2.1)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a hold pauses the countdown for as long as it lasts; release resumes from where it stopped', async () => {
    const { queue, deps, sent } = setup();
    queue.schedule(record('j', ['a']), [['a']], deps, 10_000);
    await vi.advanceTimersByTimeAsync(4_000);
    queue.hold('j');
    expect(queue.snapshot()[0].pausedLeftMs).toBe(6_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([]);
    expect(queue.snapshot()[0].phase).toBe('undo-window');
    queue.release('j');
    await vi.advanceTimersByTimeAsync(5_900);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(sent).toEqual([['a']]));
  });

  it('two holds (pointer and focus) need two releases', async () => {
    const { queue, deps, sent } = setup();
    queue.schedule(record('j', ['a']), [['a']], deps, 10_000);
    queue.hold('j');
    queue.hold('j');
    queue.release('j');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toEqual([]);
    queue.release('j');
    await vi.advanceTimersByTimeAsync(10_001);
    await vi.waitFor(() => expect(sent).toEqual([['a']]));
  });

  it('undo calls back with the job, so the page can bring the selection back', () => {
    const { queue, deps } = setup();
    const onUndo = vi.fn();
    queue.schedule(record('j', ['a', 'b']), [['a', 'b']], deps, 10_000, undefined, onUndo);
    expect(queue.undo('j')).toBe(true);
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onUndo.mock.calls[0][0].record.entries.map((e: { id: string }) => e.id)).toEqual(['a', 'b']);
    expect(queue.undo('j')).toBe(false);
  });

  it('the shortcut undoes the newest job still in its window', async () => {
    const { queue, deps } = setup();
    queue.schedule(record('old', ['a']), [['a']], deps, 10_000);
    queue.schedule(record('new', ['b']), [['b']], deps, 10_000);
    expect(queue.latestUndoable()?.id).toBe('new');
    queue.undo('new');
    expect(queue.latestUndoable()?.id).toBe('old');
    await vi.advanceTimersByTimeAsync(10_001);
    expect(queue.latestUndoable()).toBeNull();
  });
  it('the countdown shows what is left while paused, and when it will send once resumed', async () => {
    const { queue, deps } = setup();
    queue.schedule(record('j', ['a']), [['a']], deps, 10_000);
    await vi.advanceTimersByTimeAsync(4_000);
    queue.hold('j');
    await vi.advanceTimersByTimeAsync(5_000);
    // A second holder (focus joins the pointer) does not eat into the time left.
    queue.hold('j');
    expect(queue.snapshot()[0].pausedLeftMs).toBe(6_000);
    queue.release('j');
    queue.release('j');
    expect(queue.snapshot()[0]).toMatchObject({ pausedLeftMs: null, sendAt: Date.now() + 6_000 });
  });

  it('a release without a hold does not start the deletion early', async () => {
    const { queue, deps, sent } = setup();
    const job = queue.schedule(record('j', ['a']), [['a']], deps, 10_000);
    queue.release('j');
    expect(queue.snapshot()[0]).toMatchObject({ pausedLeftMs: null, sendAt: job.sendAt });
    await vi.advanceTimersByTimeAsync(9_900);
    expect(sent).toEqual([]);
    // A hold after it still pauses the countdown.
    queue.hold('j');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toEqual([]);
  });

  it('holding or releasing a job that has left its window, or is unknown, changes nothing', async () => {
    const { queue, deps, sent } = setup();
    expect(() => queue.hold('nope')).not.toThrow();
    expect(() => queue.release('nope')).not.toThrow();
    queue.schedule(record('j', ['a']), [['a']], deps, 10_000);
    await queue.sendNow('j');
    queue.hold('j');
    expect(queue.snapshot()[0]).toMatchObject({ phase: 'done', pausedLeftMs: null });
    queue.release('j');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toEqual([['a']]);
  });
});
