import { describe, expect, it } from 'vitest';
import { sortTimers } from './sort-timers';

const row = (id: string, start: string, memberName: string) => ({ entry: { id, start: new Date(start) }, memberName });
const rows = [row('a', '2026-11-23T08:00:00Z', 'Zoë'), row('b', '2026-11-20T08:00:00Z', 'Ada'), row('c', '2026-11-23T10:00:00Z', 'Émile')];

describe('sortTimers', () => {
  it('puts the longest-running first by default, and can reverse it', () => {
    expect(sortTimers(rows, 'elapsed-desc').map((r) => r.entry.id)).toEqual(['b', 'a', 'c']);
    expect(sortTimers(rows, 'elapsed-asc').map((r) => r.entry.id)).toEqual(['c', 'a', 'b']);
    expect(sortTimers(rows, 'start-desc').map((r) => r.entry.id)).toEqual(['c', 'a', 'b']);
  });
  it('sorts members by name the way people read them', () => {
    expect(sortTimers(rows, 'member').map((r) => r.memberName)).toEqual(['Ada', 'Émile', 'Zoë']);
  });
  it('leaves the input alone', () => {
    sortTimers(rows, 'member');
    expect(rows.map((r) => r.entry.id)).toEqual(['a', 'b', 'c']);
  });
});
