/**
 * The activity log: every change the console makes (stops, bulk deletes, restores), kept in
 * this browser's IndexedDB. Clockify's own audit log is an Enterprise-plan feature; this one
 * records only what this console did, from this browser. Recording never breaks the change
 * it records: a failed write is reported on the console and swallowed.
 */
import { objectStore } from '../../lib/idb';

export type ActivityKind = 'stop' | 'bulk-delete' | 'restore';

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  stop: 'Stop',
  'bulk-delete': 'Bulk delete',
  restore: 'Restore',
};

/** One member's part of a change. */
export interface ActivityItem {
  memberId: string;
  memberName: string;
  entryIds: string[];
  /** The end the console sent, wire format (stops only). */
  chosenEnd?: string | null;
  /** What happened: `stopped`, `already stopped`, `failed`, `deleted`, `restored`, … */
  outcome: string;
  /** Words for a person: the end read back, the reason of a failure. */
  detail?: string;
}

export interface ActivityRecord {
  id: string;
  /** ISO instant. */
  at: string;
  kind: ActivityKind;
  /** The connected user (the key's owner). */
  by: string;
  workspaceId: string;
  /** One line: "Stopped 3 of 4 timers". */
  summary: string;
  /** e.g. `{ requested: 4, stopped: 3, failed: 1 }` */
  counts: Record<string, number>;
  result: 'done' | 'partial' | 'failed' | 'cancelled';
  items: ActivityItem[];
}

export type NewActivity = Omit<ActivityRecord, 'id' | 'at'> & { at?: string };

const DB_NAME = 'timekeeper-activity';
const STORE = 'activity';
const memory: ActivityRecord[] = [];
const listeners = new Set<() => void>();

const tx = objectStore(DB_NAME, STORE);

const hasIdb = () => typeof indexedDB !== 'undefined';

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Record one change. Resolves with the stored record, or null when the browser refused to store it. */
export async function recordActivity(input: NewActivity): Promise<ActivityRecord | null> {
  const record: ActivityRecord = { ...input, id: newId(), at: input.at ?? new Date().toISOString() };
  try {
    if (hasIdb()) await tx('readwrite', (s) => void s.put(record));
    else memory.push(record);
    listeners.forEach((l) => l());
    return record;
  } catch (e) {
    console.warn('The activity log could not be written:', e);
    return null;
  }
}

export const activityStore = {
  /** Newest first. */
  async list(): Promise<ActivityRecord[]> {
    const all = hasIdb() ? ((await tx<ActivityRecord[]>('readonly', (s) => s.getAll())) ?? []) : [...memory];
    return all.sort((a, b) => b.at.localeCompare(a.at));
  },
  /** Called after every record (the page refreshes its list). */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
