import type { ClockifyClient } from '../../clockify/client';
import { createEntry } from '../../clockify/endpoints';
import { ENTRY_TYPES, type CreateEntryRequest } from '../../clockify/schemas';
import { toWireInstant } from '../../lib/dates';
import { describeError } from '../../clockify/errors';
import type { BackupEntry, DeletionRecord } from './backup';

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

export interface RestoreResult {
  restored: Record<string, string>;
  failed: Array<{ id: string; reason: string }>;
}

/**
 * Re-create the deleted entries of a record, one POST each (never retried on its own: a
 * retried POST could create a duplicate). Entries restored before are skipped.
 */
export async function restoreRecord(
  client: ClockifyClient,
  record: DeletionRecord,
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreResult> {
  const deleted = new Set(record.deletedIds);
  const todo = record.entries.filter((e) => deleted.has(e.id) && !record.restored[e.id]);
  const result: RestoreResult = { restored: {}, failed: [] };
  for (let i = 0; i < todo.length; i++) {
    const e = todo[i];
    try {
      const created = await createEntry(client, record.workspaceId, record.userId, toCreateRequest(e));
      result.restored[e.id] = created.id;
    } catch (err) {
      result.failed.push({ id: e.id, reason: describeError(err, 're-create it') });
      if ((err as { kind?: string }).kind === 'forbidden' || (err as { kind?: string }).kind === 'auth') {
        todo.slice(i + 1).forEach((rest) => result.failed.push({ id: rest.id, reason: describeError(err, 're-create it') }));
        break;
      }
    }
    onProgress?.(i + 1, todo.length);
  }
  return result;
}
