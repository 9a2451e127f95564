/**
 * The deletion queue, global to the app so a deletion carries on while the manager moves
 * between pages. Each job goes: undo window (nothing sent) → backup saved → chunks sent →
 * done (or undone, or failed to back up). Components read it with `useDeleteQueue`.
 */
import { useSyncExternalStore } from 'react';
import type { DeletionProgress, DeletionResult, DeletionDeps } from './run-deletion';
import type { BackupStore, DeletionRecord } from './backup';

export const UNDO_WINDOW_MS = 10_000;

export type JobPhase = 'undo-window' | 'sending' | 'done' | 'undone' | 'backup-failed';

export interface DeleteJob {
  id: string;
  record: DeletionRecord;
  phase: JobPhase;
  sendAt: number;
  progress: DeletionProgress | null;
  result: DeletionResult | null;
  error: string | null;
}

interface Internals {
  timer: ReturnType<typeof setTimeout> | null;
  abort: AbortController;
  chunks: string[][];
  deps: DeletionDeps;
  onDone?: (job: DeleteJob) => void;
}

/**
 * `loadBackup` and the runner are loaded on first use: the shell needs the queue (to warn
 * before leaving) but not the deletion machinery.
 */
export function createDeleteQueue(loadBackup: () => Promise<BackupStore>, now: () => number = () => Date.now()) {
  let jobs: DeleteJob[] = [];
  const internals = new Map<string, Internals>();
  const listeners = new Set<() => void>();

  const emit = () => listeners.forEach((l) => l());
  const patch = (id: string, p: Partial<DeleteJob>) => {
    jobs = jobs.map((j) => (j.id === id ? { ...j, ...p } : j));
    emit();
  };
  const find = (id: string) => jobs.find((j) => j.id === id);

  async function send(id: string) {
    const job = find(id);
    const inner = internals.get(id);
    if (!job || !inner || job.phase !== 'undo-window') return;
    if (inner.timer) clearTimeout(inner.timer);
    patch(id, { phase: 'sending', progress: { total: job.record.entries.length, processed: 0, deleted: 0, failed: 0, chunksDone: 0, chunksTotal: inner.chunks.length } });
    let backup: BackupStore;
    try {
      // The backup must be on disk before the first DELETE leaves.
      backup = await loadBackup();
      await backup.put({ ...job.record, status: 'sending' });
    } catch (e) {
      patch(id, { phase: 'backup-failed', error: `Could not save the local backup (${(e as Error).message}). Nothing was deleted.` });
      return;
    }
    const { runDeletion } = await import('./run-deletion');
    const result = await runDeletion(inner.chunks, inner.deps, {
      signal: inner.abort.signal,
      onProgress: (progress) => patch(id, { progress }),
    });
    const record: DeletionRecord = {
      ...job.record,
      status: 'done',
      deletedIds: result.deleted,
      failedIds: [...result.failed, ...result.unconfirmed].map((f) => f.id),
    };
    patch(id, { phase: 'done', result, record });
    inner.onDone?.(find(id)!);
    // Keep the backup only if something was really deleted.
    await (result.deleted.length ? backup.put(record) : backup.remove(id)).catch(() => undefined);
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => jobs,

    /** Start the undo window. Nothing is sent until it ends or `sendNow` is called. */
    schedule(
      record: DeletionRecord,
      chunks: string[][],
      deps: DeletionDeps,
      windowMs = UNDO_WINDOW_MS,
      onDone?: (job: DeleteJob) => void,
    ) {
      const job: DeleteJob = { id: record.id, record, phase: 'undo-window', sendAt: now() + windowMs, progress: null, result: null, error: null };
      const inner: Internals = { timer: null, abort: new AbortController(), chunks, deps, onDone };
      internals.set(record.id, inner);
      jobs = [...jobs, job];
      emit();
      inner.timer = setTimeout(() => void send(record.id), windowMs);
      return job;
    },
    sendNow: (id: string) => send(id),
    undo(id: string) {
      const job = find(id);
      const inner = internals.get(id);
      if (!job || job.phase !== 'undo-window') return false;
      if (inner?.timer) clearTimeout(inner.timer);
      patch(id, { phase: 'undone' });
      return true;
    },
    /** Stop the chunks not yet sent; the one in flight finishes and is reported exactly. */
    cancel(id: string) {
      internals.get(id)?.abort.abort();
    },
    dismiss(id: string) {
      jobs = jobs.filter((j) => j.id !== id);
      internals.delete(id);
      emit();
    },
    /** Ids that should not show in lists: waiting, being deleted, or confirmed deleted. */
    hiddenIds(): Set<string> {
      const hidden = new Set<string>();
      for (const j of jobs) {
        if (j.phase === 'undo-window' || j.phase === 'sending') j.record.entries.forEach((e) => hidden.add(e.id));
        if (j.phase === 'done') j.result?.deleted.forEach((id) => hidden.add(id));
      }
      return hidden;
    },
    /** True while leaving the page would lose or interrupt something. */
    busy: () => jobs.some((j) => j.phase === 'undo-window' || j.phase === 'sending'),
  };
}
export type DeleteQueue = ReturnType<typeof createDeleteQueue>;

export function useDeleteQueue(queue: DeleteQueue) {
  return useSyncExternalStore(queue.subscribe, queue.snapshot);
}
