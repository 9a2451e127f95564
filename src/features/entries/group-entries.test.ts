import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { estimateTotal, groupEntries } from './group-entries';

function e(id: string, start: string, end: string | null): TimeEntry {
  const s = new Date(start);
  const en = end ? new Date(end) : null;
  return {
    id, description: id, billable: false, projectId: null, taskId: null, tagIds: [], userId: 'u', workspaceId: 'w',
    start: s, end: en, durationSeconds: en ? (en.getTime() - s.getTime()) / 1000 : null, isLocked: false,
    type: 'REGULAR', customFieldValues: [], hourlyRate: null,
  };
}

describe('groupEntries', () => {
  const pages = [
    [e('run', '2026-11-23T01:00:00Z', null), e('a', '2026-11-22T20:00:00Z', '2026-11-22T21:00:00Z')],
    [e('b', '2026-11-22T10:00:00Z', '2026-11-22T12:30:00Z'), e('a', '2026-11-22T20:00:00Z', '2026-11-22T21:00:00Z')],
  ];
  it('groups on the member’s calendar, not UTC', () => {
    const tokyo = groupEntries(pages, 'Asia/Tokyo');
    expect(tokyo.rows.filter((r) => r.type === 'day').map((r) => r.day)).toEqual(['2026-11-23', '2026-11-22']);
    const la = groupEntries(pages, 'America/Los_Angeles');
    expect(la.rows.filter((r) => r.type === 'day').map((r) => r.day)).toEqual(['2026-11-22']);
  });
  it('totals finished entries per day and overall, once per id', () => {
    const g = groupEntries(pages, 'Asia/Tokyo');
    expect(g.entries).toHaveLength(3);
    expect(g.totalSeconds).toBe(3600 + 9000);
    const first = g.rows[0];
    expect(first).toMatchObject({ type: 'day', day: '2026-11-23', totalSeconds: 3600, count: 2 });
    expect(g.headerIndexes).toEqual([0, 3]);
  });
  it('carries the running entry’s start on its day and overall, so totals can tick', () => {
    const g = groupEntries(pages, 'Asia/Tokyo');
    expect(g.runningSince).toEqual(new Date('2026-11-23T01:00:00Z'));
    const days = g.rows.filter((r) => r.type === 'day');
    expect(days.map((d) => d.type === 'day' && d.runningSince)).toEqual([new Date('2026-11-23T01:00:00Z'), null]);
    expect(groupEntries([pages[1]], 'Asia/Tokyo').runningSince).toBeNull();
  });
});

describe('estimateTotal', () => {
  const start = new Date('2026-01-01T00:00:00Z');
  const end = new Date('2026-01-11T00:00:00Z');
  it('extrapolates from the share of the range loaded', () => {
    expect(estimateTotal(1000, new Date('2026-01-06T00:00:00Z'), start, end, false)).toBe(2000);
    expect(estimateTotal(1000, null, start, end, false)).toBeNull();
    expect(estimateTotal(1234, new Date('2026-01-06T00:00:00Z'), start, end, true)).toBe(1234);
  });
});
