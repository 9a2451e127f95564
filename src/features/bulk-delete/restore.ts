/**
 * Re-creates deleted entries from a local backup, exactly once each. Two guards make it
 * resumable and idempotent:
 * - every re-created entry is recorded (`markRestored`) the moment its POST succeeds, so a
 *   reload or a crash resumes where it stopped;
 * - before anything is sent, the member's entries over the backup's span are read, and an
 *   entry that already exists with the same fields is skipped — so a second run, a second
 *   browser or a lost record never duplicates.
 * POSTs are never retried on their own: "Retry failed" runs the whole check again.
 */
import { describeError, stopsTheBatch } from '../../clockify/errors';
import type { CreateEntryRequest, TimeEntry } from '../../clockify/schemas';
import { ENTRY_TYPES } from '../../clockify/schemas';
import { toWireInstant } from '../../lib/dates';
import type { BackupEntry } from './backup';

export function toCreateRequest(e: BackupEntry): CreateEntryRequest {
  const type = (ENTRY_TYPES as readonly string[]).includes(e.type) ? (e.type as CreateEntryRequest['type']) : 'REGULAR';
  return {
    start: toWireInstant(new Date(e.start)),
    end: e.end ? toWireInstant(new Date(e.end)) : undefined,
    billable: e.billable,
    description: e.description,
    projectId: e.projectId,
    taskId: e.taskId,
    tagIds: e.tagIds.length ? e.tagIds : undefined,
    type,
    // Clockify takes custom fields as `customFields` on create; `customFieldValues` is ignored.
    customFields: e.customFieldValues.length
      ? e.customFieldValues.map((c) => ({ customFieldId: c.customFieldId, sourceType: 'TIMEENTRY', value: c.value }))
      : undefined,
  };
}

type Comparable = Pick<TimeEntry, 'description' | 'projectId' | 'taskId' | 'tagIds' | 'billable'> & { start: Date; end: Date | null };

/** What makes two entries "the same" for a restore: times to the second and every field a person sees. */
export function entryFingerprint(e: Comparable): string {
  const second = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : '');
  return JSON.stringify([second(e.start), second(e.end), e.description, e.projectId ?? null, e.taskId ?? null, [...e.tagIds].sort(), e.billable]);
}

export function backupFingerprint(e: BackupEntry): string {
  return entryFingerprint({ ...e, start: new Date(e.start), end: e.end ? new Date(e.end) : null });
}

export interface RestoreDeps {
  /** The member's entries over the span of these backup entries (all pages). */
  listExisting(entries: BackupEntry[]): Promise<TimeEntry[]>;
  /** One POST; resolves with the new entry's id. */
  create(entry: BackupEntry): Promise<string>;
  /** Persist old id → id of the entry that now stands for it. Awaited before the next POST. */
  markRestored(pairs: Record<string, string>): Promise<void>;
}

export interface RestoreFailure {
  id: string;
  reason: string;
}

export interface RestoreResult {
  /** Re-created now: old id → new id. */
  restored: Record<string, string>;
  /** Found already present in Clockify (restored earlier, elsewhere, or never lost): old id → existing id. */
  present: Record<string, string>;
  failed: RestoreFailure[];
  /** Not sent: cancelled. */
  notSent: string[];
}

export interface RestoreProgress {
  total: number;
  done: number;
}

/**
 * `entries`: the backup entries to bring back; `alreadyRestored`: old id → new id from the
 * record (those new ids are not matched against other entries).
 */
export async function runRestore(
  entries: BackupEntry[],
  alreadyRestored: Readonly<Record<string, string>>,
  deps: RestoreDeps,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (p: RestoreProgress) => void } = {},
): Promise<RestoreResult> {
  const result: RestoreResult = { restored: {}, present: {}, failed: [], notSent: [] };
  const todo = entries.filter((e) => !alreadyRestored[e.id]);
  for (const e of entries) if (alreadyRestored[e.id]) result.present[e.id] = alreadyRestored[e.id];
  const total = entries.length;
  const report = () =>
    onProgress?.({ total, done: Object.keys(result.restored).length + Object.keys(result.present).length + result.failed.length });
  report();
  if (todo.length === 0) return result;

  // Entries already in Clockify, as a multiset: two identical backup entries need two matches.
  let existing: TimeEntry[];
  try {
    existing = await deps.listExisting(todo);
  } catch (err) {
    const reason = describeError(err, 'check which entries already exist, so nothing was re-created');
    todo.forEach((e) => result.failed.push({ id: e.id, reason }));
    report();
    return result;
  }
  const claimed = new Set(Object.values(alreadyRestored));
  const pool = new Map<string, string[]>();
  for (const x of existing) {
    if (claimed.has(x.id) || x.end === null) continue;
    const key = entryFingerprint(x);
    pool.set(key, [...(pool.get(key) ?? []), x.id]);
  }

  const found: Record<string, string> = {};
  const toCreate: BackupEntry[] = [];
  for (const e of todo) {
    const match = pool.get(backupFingerprint(e))?.shift();
    if (match) found[e.id] = match;
    else toCreate.push(e);
  }
  if (Object.keys(found).length) {
    await deps.markRestored(found);
    Object.assign(result.present, found);
    report();
  }

  for (let i = 0; i < toCreate.length; i++) {
    const e = toCreate[i];
    if (signal?.aborted) {
      result.notSent.push(...toCreate.slice(i).map((x) => x.id));
      break;
    }
    let newId: string;
    try {
      newId = await deps.create(e);
    } catch (err) {
      const reason = describeError(err, 're-create it');
      result.failed.push({ id: e.id, reason });
      if (stopsTheBatch(err)) {
        toCreate.slice(i + 1).forEach((rest) => result.failed.push({ id: rest.id, reason }));
        report();
        break;
      }
      report();
      continue;
    }
    result.restored[e.id] = newId;
    // Recorded before the next POST leaves: a reload from here on resumes after this entry.
    await deps.markRestored({ [e.id]: newId });
    report();
  }
  return result;
}
