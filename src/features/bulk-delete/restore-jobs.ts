/**
 * Running restores, global to the app like the delete queue: a restore carries on while the
 * manager changes page, its progress is shown wherever its record is, and leaving the page
 * while one runs asks first.
 */
import { useSyncExternalStore } from 'react';
import type { ClockifyClient } from '../../clockify/client';
import { createEntry } from '../../clockify/endpoints';
import { listOverSpan } from './api';
import { backupStore, type BackupEntry, type DeletionRecord } from './backup';
import { runRestore, toCreateRequest, type RestoreDeps, type RestoreProgress, type RestoreResult } from './restore';

export interface RestoreJob {
  recordId: string;
  /** The old ids this run was asked to bring back. */
  ids: string[];
  phase: 'running' | 'done';
  progress: RestoreProgress;
  result: RestoreResult | null;
  error: string | null;
}

export function restoreDeps(client: ClockifyClient, record: DeletionRecord): RestoreDeps {
  return {
    listExisting: (entries) => listOverSpan(client, record.workspaceId, record.userId, entries),
    create: async (e) => (await createEntry(client, record.workspaceId, record.userId, toCreateRequest(e))).id,
    markRestored: (pairs) => backupStore.markRestored(record.id, pairs),
  };
}

let jobs: Record<string, RestoreJob> = {};
const aborts = new Map<string, AbortController>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const patch = (id: string, p: Partial<RestoreJob>) => {
  jobs = { ...jobs, [id]: { ...jobs[id], ...p } };
  emit();
};

function onBeforeUnload(ev: BeforeUnloadEvent) {
  ev.preventDefault();
  ev.returnValue = '';
}

export const restoreJobs = {
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  snapshot: () => jobs,
  busy: () => Object.values(jobs).some((j) => j.phase === 'running'),

  /** Start restoring `entries` of `record` (skipping what is restored or present). */
  async start(record: DeletionRecord, entries: BackupEntry[], deps: RestoreDeps): Promise<RestoreResult | null> {
    if (jobs[record.id]?.phase === 'running') return null;
    const abort = new AbortController();
    aborts.set(record.id, abort);
    jobs = {
      ...jobs,
      [record.id]: { recordId: record.id, ids: entries.map((e) => e.id), phase: 'running', progress: { total: entries.length, done: 0 }, result: null, error: null },
    };
    emit();
    if (typeof window !== 'undefined') window.addEventListener('beforeunload', onBeforeUnload);
    try {
      const result = await runRestore(entries, record.restored, deps, { signal: abort.signal, onProgress: (progress) => patch(record.id, { progress }) });
      patch(record.id, { phase: 'done', result });
      return result;
    } catch (e) {
      // Only the local record can throw here (IndexedDB); what was sent is in Clockify.
      patch(record.id, { phase: 'done', error: `The restore stopped: the local record could not be updated (${(e as Error).message}). Run Restore again: entries already back are found and skipped.` });
      return null;
    } finally {
      aborts.delete(record.id);
      if (typeof window !== 'undefined' && !restoreJobs.busy()) window.removeEventListener('beforeunload', onBeforeUnload);
    }
  },
  /** Stop before the next POST; the one in flight finishes and is recorded. */
  cancel: (recordId: string) => aborts.get(recordId)?.abort(),
  dismiss(recordId: string) {
    const { [recordId]: _gone, ...rest } = jobs;
    jobs = rest;
    emit();
  },
};

export function useRestoreJob(recordId: string): RestoreJob | undefined {
  return useSyncExternalStore(restoreJobs.subscribe, () => jobs[recordId]);
}
