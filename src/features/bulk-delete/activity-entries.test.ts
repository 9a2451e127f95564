import { describe, expect, it } from 'vitest';
import { deletionActivity, restoreActivity } from './activity-entries';
import type { DeletionRecord } from './backup';

const record = {
  id: 'r', createdAt: '2026-11-23T10:00:00.000Z', workspaceId: 'w', userId: 'u', memberName: 'Lukas', timeZone: 'Europe/Berlin',
  entries: ['a', 'b', 'c'].map((id) => ({ id })), status: 'done', deletedIds: [], failedIds: [], restored: {},
} as unknown as DeletionRecord;

describe('activity entries', () => {
  it('records a partial deletion with what was deleted, what failed and why', () => {
    const a = deletionActivity(record, { deleted: ['a', 'b'], failed: [{ id: 'c', reason: 'server error (500)' }], unconfirmed: [], notSent: [], cancelled: false }, 'Ada');
    expect(a).toMatchObject({ kind: 'bulk-delete', by: 'Ada', workspaceId: 'w', result: 'partial', counts: { requested: 3, deleted: 2, failed: 1 } });
    expect(a.summary).toBe('Deleted 2 of 3 entries of Lukas');
    expect(a.items).toEqual([
      { memberId: 'u', memberName: 'Lukas', entryIds: ['a', 'b'], outcome: 'deleted' },
      { memberId: 'u', memberName: 'Lukas', entryIds: ['c'], outcome: 'failed', detail: 'server error (500)' },
    ]);
  });
  it('calls a deletion that sent nothing cancelled, and one that deleted all done', () => {
    expect(deletionActivity(record, { deleted: [], failed: [], unconfirmed: [], notSent: ['a', 'b', 'c'], cancelled: true }, 'Ada').result).toBe('cancelled');
    expect(deletionActivity(record, { deleted: ['a', 'b', 'c'], failed: [], unconfirmed: [], notSent: [], cancelled: false }, 'Ada').result).toBe('done');
  });
  it('records a restore with the new ids and the entries found already present', () => {
    const a = restoreActivity(record, 3, { restored: { a: 'n1' }, present: { b: 'x2', c: 'x3' }, failed: [], notSent: [] }, 'Ada');
    expect(a.summary).toBe('Restored 1 of 3 entries of Lukas (2 already present)');
    expect(a.result).toBe('done');
    expect(a.counts).toMatchObject({ requested: 3, restored: 1, skipped: 2, failed: 0 });
    expect(a.items[0]).toMatchObject({ entryIds: ['n1'], outcome: 'restored' });
    expect(a.items[1]).toMatchObject({ entryIds: ['x2', 'x3'], outcome: 'already present' });
  });
});
