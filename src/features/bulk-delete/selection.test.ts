import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { canEditLockedEntries, EMPTY_SELECTION, isSelected, makeBlockedReason, selectedEntries, toggle, type SelectionState } from './selection';

const entry = (id: string, extra: Partial<TimeEntry> = {}): TimeEntry => ({
  id, description: id, billable: false, projectId: null, taskId: null, tagIds: [], userId: 'u', workspaceId: 'w',
  start: new Date(0), end: new Date(1000), durationSeconds: 1, isLocked: false, type: 'REGULAR', customFieldValues: [],
  hourlyRate: null, ...extra,
});

describe('selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('toggles single entries and shift-selects ranges from the anchor', () => {
    let s = toggle(EMPTY_SELECTION, 'b', false, order);
    s = toggle(s, 'd', true, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['b', 'c', 'd']);
    s = toggle(s, 'c', false, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['b', 'd']);
  });
  it('"all matching" mode keeps individual exclusions', () => {
    let s: SelectionState = { ...EMPTY_SELECTION, mode: 'all' };
    s = toggle(s, 'c', false, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['a', 'b', 'd', 'e']);
  });
  it('never selects running or locked entries', () => {
    const s = { ...EMPTY_SELECTION, mode: 'all' as const };
    const list = [entry('a'), entry('run', { end: null }), entry('lock', { isLocked: true })];
    expect(selectedEntries(s, list).map((e) => e.id)).toEqual(['a']);
  });
  it('owners and workspace admins may select locked entries, never running ones', () => {
    const s = { ...EMPTY_SELECTION, mode: 'all' as const };
    const list = [entry('a'), entry('run', { end: null }), entry('lock', { isLocked: true })];
    expect(selectedEntries(s, list, makeBlockedReason(true)).map((e) => e.id)).toEqual(['a', 'lock']);
    expect(makeBlockedReason(false)(list[2])).toMatch(/Only owners and workspace admins/);
  });
  it('knows which roles Clockify does not bind to the lock date', () => {
    expect(canEditLockedEntries(['OWNER'])).toBe(true);
    expect(canEditLockedEntries(['WORKSPACE_ADMIN'])).toBe(true);
    expect(canEditLockedEntries(['TEAM_MANAGER'])).toBe(false);
    expect(canEditLockedEntries(['PROJECT_MANAGER'])).toBe(false);
    expect(canEditLockedEntries([])).toBe(false);
  });
});
