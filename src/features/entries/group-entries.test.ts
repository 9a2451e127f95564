import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { createEntriesGrouper, estimateTotal, groupEntries } from './group-entries';

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

describe('createEntriesGrouper (pages appended one at a time)', () => {
  const zones = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin'];
  /** Deterministic pseudo-random pages: newest first, some duplicates across pages, one running entry. */
  function randomPages(seed: number, pageCount: number, perPage: number): TimeEntry[][] {
    let x = seed;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let t = Date.parse('2026-11-23T06:00:00Z');
    const pages: TimeEntry[][] = [];
    let id = 0;
    for (let p = 0; p < pageCount; p++) {
      const page: TimeEntry[] = [];
      for (let i = 0; i < perPage; i++) {
        t -= Math.floor(rnd() * 9 * 3600_000);
        const dur = Math.floor(rnd() * 4 * 3600) * 1000;
        const running = p === 0 && i === 0;
        // Now and then an entry seen on the previous page comes again (it shifted while paging).
        if (p > 0 && i === 0 && rnd() < 0.7) page.push(pages[p - 1][pages[p - 1].length - 1]);
        page.push(e(`e${id++}`, new Date(t).toISOString(), running ? null : new Date(t + dur).toISOString()));
      }
      pages.push(page);
    }
    return pages;
  }

  it('gives exactly what groupEntries gives, after every page', () => {
    for (const seed of [1, 2, 3]) {
      const pages = randomPages(seed, 6, 40);
      for (const zone of zones) {
        const group = createEntriesGrouper();
        for (let n = 1; n <= pages.length; n++) {
          const shown = pages.slice(0, n);
          expect(group(shown, zone)).toEqual(groupEntries(shown, zone));
        }
      }
    }
  });

  it('starts afresh for another zone, hidden ids, or a list that is not an extension', () => {
    const pages = randomPages(9, 4, 30);
    const group = createEntriesGrouper();
    group(pages.slice(0, 2), 'Asia/Tokyo');
    expect(group(pages.slice(0, 3), 'America/Los_Angeles')).toEqual(groupEntries(pages.slice(0, 3), 'America/Los_Angeles'));
    const hidden = new Set([pages[0][3].id, pages[2][5].id]);
    expect(group(pages.slice(0, 3), 'America/Los_Angeles', hidden)).toEqual(groupEntries(pages.slice(0, 3), 'America/Los_Angeles', hidden));
    expect(group([pages[1], pages[2]], 'America/Los_Angeles', hidden)).toEqual(groupEntries([pages[1], pages[2]], 'America/Los_Angeles', hidden));
    expect(group(pages.slice(0, 1), 'America/Los_Angeles')).toEqual(groupEntries(pages.slice(0, 1), 'America/Los_Angeles'));
  });

  it('stays exact when a later page reaches back to a day already shown, or to a day between two', () => {
    // Entries can move while pages stream (edited, or clocks in other zones): a later page may
    // hold an entry on the newest day, or on a day no earlier page had, between two that did.
    const pages = [
      [e('a1', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z'), e('a2', '2026-11-18T10:00:00Z', '2026-11-18T12:00:00Z')],
      [e('b1', '2026-11-16T10:00:00Z', '2026-11-16T10:30:00Z'), e('b2', '2026-11-14T10:00:00Z', '2026-11-14T10:30:00Z')],
      [e('c1', '2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z'), e('c2', '2026-11-12T10:00:00Z', '2026-11-12T11:00:00Z')],
      [e('d1', '2026-11-17T08:00:00Z', '2026-11-17T09:00:00Z'), e('d2', '2026-11-10T10:00:00Z', null)],
      [e('e1', '2026-11-09T08:00:00Z', '2026-11-09T09:00:00Z')],
    ];
    const group = createEntriesGrouper();
    for (let n = 1; n <= pages.length; n++) {
      const shown = pages.slice(0, n);
      expect(group(shown, 'UTC')).toEqual(groupEntries(shown, 'UTC'));
    }
  });

  it('returns the same result for the same pages (stable for memoised consumers)', () => {
    const pages = randomPages(4, 2, 10);
    const group = createEntriesGrouper();
    expect(group(pages, 'UTC')).toBe(group(pages, 'UTC'));
  });
});
