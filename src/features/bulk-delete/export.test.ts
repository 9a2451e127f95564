import { describe, expect, it } from 'vitest';
import type { BackupEntry } from './backup';
import { csvCell } from '../../lib/files';
import { toCsv, toJson } from './export';

const e: BackupEntry = {
  id: 'abc', description: 'Review, "final"\nround', projectId: 'p', projectName: 'Website', clientName: 'Acme', taskId: null,
  taskName: null, tagIds: ['t1', 't2'], tagNames: ['urgent', 'review'], billable: true, type: 'REGULAR',
  start: '2026-11-20T08:00:00.000Z', end: '2026-11-20T09:30:00.000Z', durationSeconds: 5400, isLocked: false, customFieldValues: [],
};

describe('export', () => {
  it('writes CSV with names resolved and proper quoting', () => {
    const csv = toCsv([e]);
    const [header, row] = csv.split('\r\n');
    expect(header.split(',').slice(0, 9)).toEqual(['id', 'start', 'end', 'durationSeconds', 'description', 'project', 'client', 'task', 'tags']);
    expect(row).toContain('"Review, ""final""\nround"');
    expect(row).toContain('Website,Acme,,urgent; review,true');
  });
  it('keeps formulas from running in spreadsheets', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
  });
  it('writes JSON with every field', () => {
    expect(JSON.parse(toJson([e]))[0]).toEqual(e);
  });
});
