/**
 * Deleted entries are kept locally, in IndexedDB, before the first DELETE goes out: the
 * deletion history can download them or re-create them. Small wrapper, no dependency.
 */
import type { TimeEntry } from '../../clockify/schemas';
import type { Catalog } from '../../shared/workspaces/api';
import { formatInZone } from '../../lib/dates';
import { objectStore } from '../../lib/idb';

export interface BackupEntry {
  id: string;
  description: string;
  projectId: string | null;
  projectName: string | null;
  clientName: string | null;
  taskId: string | null;
  taskName: string | null;
  tagIds: string[];
  tagNames: string[];
  billable: boolean;
  type: string;
  start: string;
  end: string | null;
  durationSeconds: number | null;
  isLocked: boolean;
  customFieldValues: Array<{ customFieldId: string; value: unknown }>;
}

export interface DeletionRecord {
  id: string;
  createdAt: string;
  workspaceId: string;
  userId: string;
  memberName: string;
  timeZone: string;
  /** Who deleted them: the connected user (absent on records from before it was kept). */
  deletedBy?: { id: string; name: string };
  workspaceName?: string;
  entries: BackupEntry[];
  status: 'scheduled' | 'sending' | 'done';
  deletedIds: string[];
  failedIds: string[];
  /**
   * Old id → id of the entry that stands for it now: re-created by "Restore" (written the
   * moment each POST succeeds) or found already present.
   */
  restored: Record<string, string>;
}

export function toBackupEntry(e: TimeEntry, catalog: Catalog | undefined): BackupEntry {
  const project = e.projectId ? catalog?.projects.get(e.projectId) : undefined;
  return {
    id: e.id,
    description: e.description,
    projectId: e.projectId,
    projectName: project?.name ?? null,
    clientName: project?.clientLabel ?? null,
    taskId: e.taskId,
    taskName: e.taskId ? catalog?.tasks.get(e.taskId) ?? null : null,
    tagIds: e.tagIds,
    tagNames: e.tagIds.map((t) => catalog?.tags.get(t)?.name ?? t),
    billable: e.billable,
    type: e.type,
    start: e.start.toISOString(),
    end: e.end ? e.end.toISOString() : null,
    durationSeconds: e.durationSeconds,
    isLocked: e.isLocked,
    customFieldValues: e.customFieldValues,
  };
}

const DB_NAME = 'timekeeper';
const STORE = 'deletions';

const tx = objectStore(DB_NAME, STORE);

export const backupStore = {
  put: (record: DeletionRecord) => tx('readwrite', (s) => void s.put(record)).then(() => undefined),
  remove: (id: string) => tx('readwrite', (s) => void s.delete(id)).then(() => undefined),
  get: (id: string) => tx<DeletionRecord>('readonly', (s) => s.get(id)),
  /** Add old → new ids to a record in one transaction (no lost update between two writers). */
  markRestored: (id: string, pairs: Record<string, string>) =>
    tx('readwrite', (s) => {
      const req = s.get(id);
      req.onsuccess = () => {
        const record = req.result as DeletionRecord | undefined;
        if (record) s.put({ ...record, restored: { ...record.restored, ...pairs } });
      };
    }).then(() => undefined),
  list: async () => {
    const all = (await tx<DeletionRecord[]>('readonly', (s) => s.getAll())) ?? [];
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  },
};
export type BackupStore = typeof backupStore;

/** How a report names one entry of a deletion: "Design review — 3 Nov 14:00" in the member's zone. */
export function backupEntryLabel(record: Pick<DeletionRecord, 'entries' | 'timeZone'>): (id: string) => string {
  const byId = new Map(record.entries.map((e) => [e.id, e]));
  return (id) => {
    const e = byId.get(id);
    return e ? `${e.description || '(no description)'} — ${formatInZone(new Date(e.start), record.timeZone, 'd MMM HH:mm')}` : id;
  };
}
