/** What a finished deletion or restore adds to the Activity log (kept in this browser). */
import type { NewActivity } from '../../shared/activity-log/activity-store';
import type { DeletionRecord } from './backup';
import type { RestoreResult } from './restore';
import type { DeletionResult } from './run-deletion';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function deletionActivity(record: DeletionRecord, r: DeletionResult, by: string): NewActivity {
  const requested = record.entries.length;
  const failed = [...r.failed, ...r.unconfirmed];
  const member = { memberId: record.userId, memberName: record.memberName };
  return {
    kind: 'bulk-delete',
    by,
    workspaceId: record.workspaceId,
    summary: `Deleted ${r.deleted.length.toLocaleString('en-US')} of ${plural(requested, 'entry', 'entries')} of ${record.memberName}`,
    counts: { requested, deleted: r.deleted.length, failed: failed.length, notSent: r.notSent.length },
    result: r.deleted.length === requested ? 'done' : r.deleted.length === 0 ? (r.cancelled ? 'cancelled' : 'failed') : 'partial',
    items: [
      ...(r.deleted.length ? [{ ...member, entryIds: r.deleted, outcome: 'deleted' }] : []),
      ...failed.map((f) => ({ ...member, entryIds: [f.id], outcome: 'failed', detail: f.reason })),
      ...(r.notSent.length ? [{ ...member, entryIds: r.notSent, outcome: 'not sent' }] : []),
    ],
  };
}

export function restoreActivity(record: DeletionRecord, requested: number, r: RestoreResult, by: string): NewActivity {
  const restored = Object.keys(r.restored);
  const present = Object.keys(r.present);
  const member = { memberId: record.userId, memberName: record.memberName };
  return {
    kind: 'restore',
    by,
    workspaceId: record.workspaceId,
    summary: `Restored ${restored.length.toLocaleString('en-US')} of ${plural(requested, 'entry', 'entries')} of ${record.memberName}${present.length ? ` (${present.length} already present)` : ''}`,
    counts: { requested, restored: restored.length, skipped: present.length, failed: r.failed.length, notSent: r.notSent.length },
    result: r.failed.length + r.notSent.length === 0 ? 'done' : restored.length + present.length === 0 ? (r.notSent.length ? 'cancelled' : 'failed') : 'partial',
    items: [
      // New ids: what now exists in Clockify for the deleted ones.
      ...(restored.length ? [{ ...member, entryIds: restored.map((old) => r.restored[old]), outcome: 'restored' }] : []),
      ...(present.length ? [{ ...member, entryIds: present.map((old) => r.present[old]), outcome: 'already present' }] : []),
      ...r.failed.map((f) => ({ ...member, entryIds: [f.id], outcome: 'failed', detail: f.reason })),
      ...(r.notSent.length ? [{ ...member, entryIds: r.notSent, outcome: 'not sent' }] : []),
    ],
  };
}
