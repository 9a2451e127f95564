import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import {
  allMatching, blockedReason, canEditLockedEntries, countSelectable, EMPTY_SELECTION, isSelected, makeBlockedReason, onlyIds, selectedEntries, shownSelection, toggle,
  type SelectionState,
} from './selection';

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
    // "Select all N matching" offers as many as that selection holds.
    expect(countSelectable(list)).toBe(selectedEntries(s, list).length);
    expect(countSelectable(list, makeBlockedReason(true))).toBe(2);
    expect(makeBlockedReason(false)(list[2])).toMatch(/Only owners and workspace admins/);
  });
  it('knows which roles Clockify does not bind to the lock date', () => {
    expect(canEditLockedEntries(['OWNER'])).toBe(true);
    expect(canEditLockedEntries(['WORKSPACE_ADMIN'])).toBe(true);
    expect(canEditLockedEntries(['TEAM_MANAGER'])).toBe(false);
    expect(canEditLockedEntries(['PROJECT_MANAGER'])).toBe(false);
    expect(canEditLockedEntries([])).toBe(false);
  });
  it('shift-click from the first entry, or up to it, selects the whole range', () => {
    let s = toggle(EMPTY_SELECTION, 'a', false, order);
    s = toggle(s, 'c', true, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['a', 'b', 'c']);
    s = toggle(EMPTY_SELECTION, 'd', false, order);
    s = toggle(s, 'a', true, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('shift-click toggles only the clicked entry when the anchor is no longer selectable', () => {
    // The anchor was toggled, then became blocked (its timer was restarted) or left the list.
    let s = toggle(EMPTY_SELECTION, 'gone', false, [...order, 'gone']);
    s = toggle(s, 'c', true, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['c']);
    expect(s.anchor).toBe('c');
  });
  it('shift-click on an entry missing from the selectable order toggles only that entry, never a range', () => {
    let s = toggle(EMPTY_SELECTION, 'c', false, order);
    s = toggle(s, 'other', true, order);
    expect([...order, 'other'].filter((id) => isSelected(s, id))).toEqual(['c', 'other']);
  });
  it('shift-click clears a range when the clicked entry was selected', () => {
    let s = onlyIds(order);
    s = toggle(s, 'b', false, order);
    s = toggle(s, 'b', false, order);
    s = toggle(s, 'd', true, order);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['a', 'e']);
  });
  it('says why a running or locked entry cannot be selected', () => {
    expect(blockedReason(entry('run', { end: null }))).toBe('Running: stop the timer before deleting it.');
    expect(blockedReason(entry('lock', { isLocked: true }))).toMatch(/^Locked: it is before the workspace lock date\./);
    expect(blockedReason(entry('a'))).toBeNull();
    // A running entry past the lock date is reported as running: stopping it is the next step.
    expect(makeBlockedReason(true)(entry('both', { end: null, isLocked: true }))).toMatch(/^Running/);
    expect(makeBlockedReason(false)(entry('both', { end: null, isLocked: true }))).toMatch(/^Running/);
  });
  it('selected entries keep the list order, whatever order they were picked in', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => entry(id));
    let s = toggle(EMPTY_SELECTION, 'd', false, order);
    s = toggle(s, 'a', false, order);
    s = toggle(s, 'c', false, order);
    expect(selectedEntries(s, list).map((e) => e.id)).toEqual(['a', 'c', 'd']);
  });
  it('"all matching" selects entries not yet loaded, and starts with nothing excluded', () => {
    const s = allMatching();
    expect(s.mode).toBe('all');
    expect(s.anchor).toBeNull();
    expect(isSelected(s, 'loaded-later')).toBe(true);
    expect(selectedEntries(s, [entry('a'), entry('b')]).map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('a fresh "all matching" does not share exclusions with an earlier one', () => {
    const first = toggle(allMatching(), 'a', false, order);
    expect(isSelected(first, 'a')).toBe(false);
    expect(isSelected(allMatching(), 'a')).toBe(true);
  });
  it('only-these selects exactly the given entries, nothing streaming in, and no anchor', () => {
    const s = onlyIds(['b', 'd']);
    expect(order.filter((id) => isSelected(s, id))).toEqual(['b', 'd']);
    expect(isSelected(s, 'loaded-later')).toBe(false);
    expect(s.anchor).toBeNull();
    // Shift-click right after starts a fresh range at the clicked entry.
    expect(toggle(s, 'e', true, order).anchor).toBe('e');
    expect(order.filter((id) => isSelected(toggle(s, 'e', true, order), id))).toEqual(['b', 'd', 'e']);
  });
  it('the header checkbox selects exactly the shown entries, and clearing it clears everything', () => {
    const on = shownSelection(['a', 'b'], true);
    expect(order.filter((id) => isSelected(on, id))).toEqual(['a', 'b']);
    expect(on.mode).toBe('ids');
    const off = shownSelection(['a', 'b'], false);
    expect(order.filter((id) => isSelected(off, id))).toEqual([]);
    expect(off).toEqual(EMPTY_SELECTION);
  });
});
