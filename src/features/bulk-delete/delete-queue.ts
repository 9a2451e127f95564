/**
 * The deletion queue, global to the app so a deletion carries on while the manager moves
 * between pages. Each job goes: undo window (nothing sent) → backup saved → chunks sent →
 * done (or undone, or failed to back up). Components read it with `useDeleteQueue`.
 */
import { useSyncExternalStore } from 'react';
import type { DeletionProgress, DeletionResult, DeletionDeps } from './run-deletion';
import type { BackupStore, DeletionRecord } from './backup';

export const UNDO_WINDOW_MS = 10_000;
export const MAX_UNDO_WINDOW_MS = 60_000;

export type JobPhase = 'undo-window' | 'sending' | 'done' | 'undone' | 'backup-failed';

export interface DeleteJob {
  id: string;
  record: DeletionRecord;
  phase: JobPhase;
  sendAt: number;
  /** Set while the countdown is paused (pointer over it or focus inside): what is left of it. */
  pausedLeftMs: number | null;
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
  onUndo?: (job: DeleteJob) => void;
  holds: number;
}

/**
 * `loadBackup` and the runner are loaded on first use: the shell needs the queue (to warn
 * before leaving) but not the deletion machinery.
 */
export function createDeleteQueue(loadBackup: () => Promise<BackupStore>, now: () => number = () => Date.now()) {
  let jobs: DeleteJob[] = [];
  const internals = new Map<string, Internals>();
  const listeners = new Set<() => void>();
  let hidden: { key: string; ids: ReadonlySet<string> } = { key: '', ids: new Set() };

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
    patch(id, { phase: 'sending', pausedLeftMs: null, progress: { total: job.record.entries.length, processed: 0, deleted: 0, failed: 0, chunksDone: 0, chunksTotal: inner.chunks.length } });
    let backup: BackupStore;
    try {
      // The backup must be on disk before the first DELETE leaves.
      backup = await loadBackup();
      await backup.put({ ...job.record, status: 'sending' });
    } catch (e) {
      patch(id, { phase: 'backup-failed', error: `Could not save the local backup (${(e as Error).message}). Nothing was deleted.` });
      return;
    }
    let runDeletion: typeof import('./run-deletion').runDeletion;
    try {
      ({ runDeletion } = await import('./run-deletion'));
    } catch {
      // A failed chunk load (the app was updated, the network dropped): nothing was sent.
      await backup.remove(id).catch(() => undefined);
      patch(id, { phase: 'backup-failed', error: 'Could not load the part of the app that deletes (the app may have been updated, or the connection dropped). Nothing was deleted: reload the page and try again.' });
      return;
    }
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
    // Keep the backup only if something was really deleted; written before "done" is said, so
    // whatever shows the history on that news reads it ("A backup is in this browser's history").
    await (result.deleted.length ? backup.put(record) : backup.remove(id)).catch(() => undefined);
    patch(id, { phase: 'done', result, record });
    inner.onDone?.(find(id)!);
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
      onUndo?: (job: DeleteJob) => void,
    ) {
      const job: DeleteJob = { id: record.id, record, phase: 'undo-window', sendAt: now() + windowMs, pausedLeftMs: null, progress: null, result: null, error: null };
      const inner: Internals = { timer: null, abort: new AbortController(), chunks, deps, onDone, onUndo, holds: 0 };
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
      patch(id, { phase: 'undone', pausedLeftMs: null });
      inner?.onUndo?.(find(id)!);
      return true;
    },
    /**
     * Pause the undo countdown while someone is reading or about to press Undo (WCAG 2.2.1);
     * every `hold` needs its `release`. The window goes on from where it stopped.
     */
    hold(id: string) {
      const job = find(id);
      const inner = internals.get(id);
      if (!job || !inner || job.phase !== 'undo-window') return;
      inner.holds += 1;
      if (inner.holds > 1 || job.pausedLeftMs !== null) return;
      if (inner.timer) clearTimeout(inner.timer);
      inner.timer = null;
      patch(id, { pausedLeftMs: Math.max(0, job.sendAt - now()) });
    },
    release(id: string) {
      const job = find(id);
      const inner = internals.get(id);
      if (!job || !inner) return;
      inner.holds = Math.max(0, inner.holds - 1);
      if (inner.holds > 0 || job.phase !== 'undo-window' || job.pausedLeftMs === null) return;
      const left = job.pausedLeftMs;
      patch(id, { pausedLeftMs: null, sendAt: now() + left });
      inner.timer = setTimeout(() => void send(id), left);
    },
    /** The newest job still in its undo window: what the Undo shortcut undoes. */
    latestUndoable: () => [...jobs].reverse().find((j) => j.phase === 'undo-window') ?? null,
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
    hiddenIds(): ReadonlySet<string> {
      // The same Set until a job changes phase (not on every progress tick), so a list
      // grouped without these ids is regrouped only when what is hidden changes.
      const key = jobs.map((j) => `${j.id}:${j.phase}`).join();
      if (key === hidden.key) return hidden.ids;
      const ids = new Set<string>();
      for (const j of jobs) {
        if (j.phase === 'undo-window' || j.phase === 'sending') j.record.entries.forEach((e) => ids.add(e.id));
        if (j.phase === 'done') j.result?.deleted.forEach((id) => ids.add(id));
      }
      hidden = { key, ids };
      return ids;
    },
    /** True while leaving the page would lose or interrupt something. */
    busy: () => jobs.some((j) => j.phase === 'undo-window' || j.phase === 'sending'),
  };
}
export type DeleteQueue = ReturnType<typeof createDeleteQueue>;

export function useDeleteQueue(queue: DeleteQueue) {
  return useSyncExternalStore(queue.subscribe, queue.snapshot);
}
