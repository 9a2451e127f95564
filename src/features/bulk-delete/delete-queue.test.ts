import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupStore, DeletionRecord } from './backup';
import { createDeleteQueue } from './delete-queue';
import type { DeletionDeps } from './run-deletion';

function record(ids: string[]): DeletionRecord {
  return {
    id: 'job1', createdAt: new Date(0).toISOString(), workspaceId: 'w', userId: 'u', memberName: 'M', timeZone: 'UTC',
    entries: ids.map((id) => ({ id, description: id, projectId: null, projectName: null, clientName: null, taskId: null, taskName: null, tagIds: [], tagNames: [], billable: false, type: 'REGULAR', start: new Date(0).toISOString(), end: new Date(1000).toISOString(), durationSeconds: 1, isLocked: false, customFieldValues: [] })),
    status: 'scheduled', deletedIds: [], failedIds: [], restored: {},
  };
}

function setup(opts: { backupFails?: boolean } = {}) {
  const saved: DeletionRecord[] = [];
  /** Everything that touched the disk or the wire, in order: the tests read it afterwards. */
  const events: string[] = [];
  const backup: BackupStore = {
    put: vi.fn(async (r: DeletionRecord) => {
      if (opts.backupFails) throw new Error('quota');
      saved.push(r);
      events.push(`backup ${r.status}`);
    }),
    remove: vi.fn(async (id: string) => {
      events.push(`remove ${id}`);
    }),
    get: vi.fn(),
    list: vi.fn(),
  } as unknown as BackupStore;
  const sent: string[][] = [];
  const deps: DeletionDeps = {
    deleteChunk: vi.fn(async (ids: string[]) => {
      sent.push(ids);
      events.push(`DELETE ${ids.join(',')}`);
      return ids;
    }),
    stillExisting: vi.fn(async () => new Set<string>()),
  };
  return { queue: createDeleteQueue(async () => backup), backup, deps, sent, saved, events };
}

describe('delete queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends nothing during the undo window, then deletes when it ends', async () => {
    const { queue, deps, sent } = setup();
    queue.schedule(record(['a', 'b']), [['a', 'b']], deps);
    expect(queue.snapshot()[0].phase).toBe('undo-window');
    expect(queue.hiddenIds()).toEqual(new Set(['a', 'b']));
    expect(queue.busy()).toBe(true);
    await vi.advanceTimersByTimeAsync(9_900);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(queue.snapshot()[0].phase).toBe('done'));
    expect(sent).toEqual([['a', 'b']]);
    expect(queue.snapshot()[0].result?.deleted).toEqual(['a', 'b']);
    expect(queue.busy()).toBe(false);
  });

  it('undo inside the window sends nothing and shows the entries again', async () => {
    const { queue, deps, sent, backup } = setup();
    queue.schedule(record(['a']), [['a']], deps);
    expect(queue.undo('job1')).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toEqual([]);
    expect(backup.put).not.toHaveBeenCalled();
    expect(queue.snapshot()[0].phase).toBe('undone');
    expect(queue.hiddenIds().size).toBe(0);
  });

  it('"Delete now" skips the rest of the window', async () => {
    const { queue, deps, sent } = setup();
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(sent).toEqual([['a']]);
    expect(queue.undo('job1')).toBe(false);
  });

  it('saves the backup before the first DELETE and records the outcome after the last', async () => {
    const { queue, deps, events, saved } = setup();
    queue.schedule(record(['a', 'b', 'c']), [['a', 'b'], ['c']], deps);
    await queue.sendNow('job1');
    expect(events).toEqual(['backup sending', 'DELETE a,b', 'DELETE c', 'backup done']);
    expect(saved.at(-1)?.deletedIds).toEqual(['a', 'b', 'c']);
  });

  it('says "done" only once the outcome is in the backup, so the history read on that news has it', async () => {
    const { queue, deps, events } = setup();
    queue.subscribe(() => {
      if (queue.snapshot()[0]?.phase === 'done' && !events.includes('done')) events.push('done');
    });
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(events).toEqual(['backup sending', 'DELETE a', 'backup done', 'done']);
  });

  it('drops the backup when nothing was deleted', async () => {
    const { queue, deps, events } = setup();
    deps.deleteChunk = vi.fn(async (ids: string[]) => {
      events.push(`DELETE ${ids.join(',')}`);
      return [];
    });
    deps.stillExisting = vi.fn(async (ids: string[]) => new Set(ids));
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(events).toEqual(['backup sending', 'DELETE a', 'remove job1']);
    expect(queue.snapshot()[0].result?.failed.map((f) => f.id)).toEqual(['a']);
    expect(queue.hiddenIds().size).toBe(0);
  });

  it('deletes nothing when the backup cannot be saved', async () => {
    const { queue, deps, sent } = setup({ backupFails: true });
    queue.schedule(record(['a']), [['a']], deps);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    expect(queue.snapshot()[0].phase).toBe('backup-failed');
    expect(queue.snapshot()[0].error).toMatch(/Nothing was deleted/);
    expect(queue.hiddenIds().size).toBe(0);
  });
  it('shows the job sending with its totals, tells listeners, and calls back once done', async () => {
    const { queue, deps } = setup();
    const phases: string[] = [];
    const unsubscribe = queue.subscribe(() => phases.push(queue.snapshot()[0]?.phase ?? 'none'));
    const done = vi.fn();
    let release!: () => void;
    deps.deleteChunk = vi.fn((ids: string[]) => new Promise<string[]>((r) => (release = () => r(ids))));
    queue.schedule(record(['a', 'b', 'c']), [['a', 'b'], ['c']], deps, 10_000, done);
    const sending = queue.sendNow('job1');
    await vi.waitFor(() => expect(deps.deleteChunk).toHaveBeenCalledTimes(1));
    expect(queue.snapshot()[0].progress).toEqual({ total: 3, processed: 0, deleted: 0, failed: 0, chunksDone: 0, chunksTotal: 2 });
    expect(queue.busy()).toBe(true);
    expect(queue.hiddenIds()).toEqual(new Set(['a', 'b', 'c']));
    // A second "Delete now" while sending changes nothing.
    await queue.sendNow('job1');
    expect(deps.deleteChunk).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(deps.deleteChunk).toHaveBeenCalledTimes(2));
    expect(queue.snapshot()[0].progress).toMatchObject({ processed: 2, deleted: 2, chunksDone: 1, chunksTotal: 2 });
    release();
    await sending;
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0][0]).toMatchObject({ phase: 'done', record: { status: 'done', deletedIds: ['a', 'b', 'c'], failedIds: [] } });
    expect(phases).toEqual(['undo-window', 'sending', 'sending', 'sending', 'done']);
    unsubscribe();
    queue.dismiss('job1');
    expect(phases).toHaveLength(5);
    expect(queue.snapshot()).toEqual([]);
  });

  it('uses the window it is given and says when it will send', async () => {
    const { queue, deps, sent } = setup();
    const job = queue.schedule(record(['a']), [['a']], deps, 3_000);
    expect(job.sendAt).toBe(Date.now() + 3_000);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(sent).toEqual([['a']]));
  });

  it('after sending, hides only what was really deleted, and records the failures', async () => {
    const { queue, deps, saved } = setup();
    deps.deleteChunk = vi.fn(async (ids: string[]) => ids.filter((id) => id !== 'b'));
    deps.stillExisting = vi.fn(async (ids: string[]) => new Set(ids));
    queue.schedule(record(['a', 'b']), [['a', 'b']], deps);
    await queue.sendNow('job1');
    expect(queue.snapshot()[0].phase).toBe('done');
    expect(queue.hiddenIds()).toEqual(new Set(['a']));
    expect(queue.busy()).toBe(false);
    expect(saved.at(-1)).toMatchObject({ status: 'done', deletedIds: ['a'], failedIds: ['b'] });
  });

  it('hands out the same hidden ids until a job changes phase, so the list is not regrouped on every progress tick', async () => {
    const { queue, deps } = setup();
    let release!: () => void;
    deps.deleteChunk = vi.fn((ids: string[]) => new Promise<string[]>((r) => (release = () => r(ids))));
    queue.schedule(record(['a', 'b']), [['a'], ['b']], deps);
    const waiting = queue.hiddenIds();
    expect(waiting).toEqual(new Set(['a', 'b']));
    expect(queue.hiddenIds()).toBe(waiting);
    const sending = queue.sendNow('job1');
    await vi.waitFor(() => expect(deps.deleteChunk).toHaveBeenCalledTimes(1));
    const whileSending = queue.hiddenIds();
    expect(whileSending).toEqual(new Set(['a', 'b']));
    release();
    await vi.waitFor(() => expect(deps.deleteChunk).toHaveBeenCalledTimes(2));
    // A progress tick is not a change of phase: the same set, and nothing to regroup.
    expect(queue.snapshot()[0].progress).toMatchObject({ processed: 1, chunksDone: 1 });
    expect(queue.hiddenIds()).toBe(whileSending);
    release();
    await sending;
    expect(queue.hiddenIds()).toEqual(new Set(['a', 'b']));
    queue.dismiss('job1');
    expect(queue.hiddenIds()).toEqual(new Set());
  });

  it('"Cancel" stops the chunks not yet sent', async () => {
    const { queue, deps, sent } = setup();
    deps.deleteChunk = vi.fn(async (ids: string[]) => {
      sent.push(ids);
      queue.cancel('job1');
      return ids;
    });
    queue.schedule(record(['a', 'b']), [['a'], ['b']], deps);
    await queue.sendNow('job1');
    expect(sent).toEqual([['a']]);
    expect(queue.snapshot()[0].result).toMatchObject({ deleted: ['a'], notSent: ['b'], cancelled: true });
  });

  it('ignores undo and sending for jobs it does not know, and undo after sending', async () => {
    const { queue, deps } = setup();
    expect(queue.undo('nope')).toBe(false);
    await queue.sendNow('nope');
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(queue.undo('job1')).toBe(false);
    expect(queue.snapshot()[0].phase).toBe('done');
  });

  it('says why the backup failed', async () => {
    const { queue, deps } = setup({ backupFails: true });
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(queue.snapshot()[0].error).toBe('Could not save the local backup (quota). Nothing was deleted.');
    expect(queue.busy()).toBe(false);
  });
  it('keeps several jobs apart: undo, send, cancel and dismiss touch only their own', async () => {
    const { queue, deps, sent } = setup();
    queue.schedule({ ...record(['a']), id: 'job1' }, [['a']], deps);
    queue.schedule({ ...record(['b']), id: 'job2' }, [['b']], deps);
    queue.schedule({ ...record(['c']), id: 'job3' }, [['c']], deps);
    expect(queue.undo('job1')).toBe(true);
    expect(queue.snapshot().map((j) => j.phase)).toEqual(['undone', 'undo-window', 'undo-window']);
    await queue.sendNow('job2');
    expect(sent).toEqual([['b']]);
    expect(queue.snapshot().map((j) => j.phase)).toEqual(['undone', 'done', 'undo-window']);
    // One job still waits: the page is busy; hidden are the waiting one and the deleted one.
    expect(queue.busy()).toBe(true);
    expect(queue.hiddenIds()).toEqual(new Set(['b', 'c']));
    queue.cancel('nope');
    queue.dismiss('job1');
    expect(queue.snapshot().map((j) => j.id)).toEqual(['job2', 'job3']);
    expect(queue.undo('job3')).toBe(true);
    expect(queue.busy()).toBe(false);
  });
});
