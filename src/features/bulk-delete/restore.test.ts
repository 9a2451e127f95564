import { describe, expect, it } from 'vitest';
import { createEntryRequestSchema } from '../../clockify/schemas';
import type { BackupEntry } from './backup';
import { toCreateRequest } from './restore';

const base: BackupEntry = {
  id: 'x', description: 'Design review', projectId: 'a'.repeat(24), projectName: 'P', clientName: null, taskId: null, taskName: null,
  tagIds: ['b'.repeat(24)], tagNames: ['t'], billable: true, type: 'REGULAR', start: '2026-11-20T08:00:00.000Z',
  end: '2026-11-20T09:30:00.000Z', durationSeconds: 5400, isLocked: false,
  customFieldValues: [{ customFieldId: 'c'.repeat(24), value: 'PO-7' }],
};

describe('toCreateRequest', () => {
  it('re-creates the same start, end, fields, and custom fields as customFields', () => {
    const body = toCreateRequest(base);
    expect(body).toEqual({
      start: '2026-11-20T08:00:00Z',
      end: '2026-11-20T09:30:00Z',
      billable: true,
      description: 'Design review',
      projectId: 'a'.repeat(24),
      taskId: null,
      tagIds: ['b'.repeat(24)],
      type: 'REGULAR',
      customFields: [{ customFieldId: 'c'.repeat(24), sourceType: 'TIMEENTRY', value: 'PO-7' }],
    });
    expect(createEntryRequestSchema.safeParse(body).success).toBe(true);
  });
  it('omits empty tags and custom fields', () => {
    const body = toCreateRequest({ ...base, tagIds: [], customFieldValues: [], billable: false });
    expect(body.tagIds).toBeUndefined();
    expect(body.customFields).toBeUndefined();
    expect(body.billable).toBe(false);
  });
});
