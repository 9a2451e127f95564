// @vitest-environment jsdom
/**
 * What the queue does when the deletion code itself cannot be loaded (a new deploy removed the
 * old chunk, or the connection dropped), and the hook components read the queue with. jsdom
 * for `renderHook`; no Mantine, so mutation runs include this file.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupStore, DeletionRecord } from './backup';
import { createDeleteQueue, useDeleteQueue } from './delete-queue';
import type { DeletionDeps } from './run-deletion';

const record = (ids: string[]): DeletionRecord => ({
  id: 'job1', createdAt: new Date(0).toISOString(), workspaceId: 'w', userId: 'u', memberName: 'M', timeZone: 'UTC',
  entries: ids.map((x) => ({ id: x, description: x, projectId: null, projectName: null, clientName: null, taskId: null, taskName: null, tagIds: [], tagNames: [], billable: false, type: 'REGULAR', start: new Date(0).toISOString(), end: new Date(1000).toISOString(), durationSeconds: 1, isLocked: false, customFieldValues: [] })),
  status: 'scheduled', deletedIds: [], failedIds: [], restored: {},
});

function setup() {
  const events: string[] = [];
  const backup = {
    put: vi.fn(async (r: DeletionRecord) => void events.push(`backup ${r.status}`)),
    remove: vi.fn(async (id: string) => void events.push(`remove ${id}`)),
  } as unknown as BackupStore;
  const deps: DeletionDeps = {
    deleteChunk: async (ids) => (events.push(`DELETE ${ids.join(',')}`), ids),
    stillExisting: async () => new Set<string>(),
  };
  return { queue: createDeleteQueue(async () => backup), deps, events };
}

afterEach(() => {
  vi.doUnmock('./run-deletion');
  vi.resetModules();
  cleanup();
});

describe('delete queue: the deletion code fails to load', () => {
  it('sends nothing, drops the backup it just saved, and says to reload', async () => {
    vi.doMock('./run-deletion', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { queue, deps, events } = setup();
    queue.schedule(record(['a']), [['a']], deps);
    await queue.sendNow('job1');
    expect(events).toEqual(['backup sending', 'remove job1']);
    expect(queue.snapshot()[0]).toMatchObject({
      phase: 'backup-failed',
      error: 'Could not load the part of the app that deletes (the app may have been updated, or the connection dropped). Nothing was deleted: reload the page and try again.',
    });
    expect(queue.hiddenIds().size).toBe(0);
    expect(queue.busy()).toBe(false);
  });
});

describe('useDeleteQueue', () => {
  it('re-renders with every change of the queue', async () => {
    const { queue, deps } = setup();
    const { result } = renderHook(() => useDeleteQueue(queue));
    expect(result.current).toEqual([]);
    act(() => void queue.schedule(record(['a']), [['a']], deps));
    expect(result.current.map((j) => j.phase)).toEqual(['undo-window']);
    act(() => void queue.undo('job1'));
    expect(result.current.map((j) => j.phase)).toEqual(['undone']);
  });
});
