import { useCallback, useMemo, useState } from 'react';
import type { TimeEntry } from '../../clockify/schemas';

/**
 * Either an explicit set of ids, or "every entry matching the filter" minus exclusions
 * (so entries still streaming in are included too).
 */
export interface SelectionState {
  mode: 'ids' | 'all';
  ids: ReadonlySet<string>;
  excluded: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: SelectionState = { mode: 'ids', ids: new Set(), excluded: new Set(), anchor: null };

export type BlockedReason = (entry: TimeEntry) => string | null;

/**
 * Why an entry can't be selected, or null. Clockify binds only members, team and project
 * managers to the lock date: owners and workspace admins may still delete locked entries.
 */
export function makeBlockedReason(canEditLocked: boolean): BlockedReason {
  return (entry) => {
    if (entry.end === null) return 'Running: stop the timer before deleting it.';
    if (entry.isLocked && !canEditLocked) return 'Locked: it is before the workspace lock date. Only owners and workspace admins can delete it.';
    return null;
  };
}

export const blockedReason = makeBlockedReason(false);

/** Roles Clockify does not bind to the lock date. */
export function canEditLockedEntries(roles: readonly string[]): boolean {
  return roles.includes('OWNER') || roles.includes('WORKSPACE_ADMIN');
}

export function isSelected(state: SelectionState, id: string): boolean {
  return state.mode === 'all' ? !state.excluded.has(id) : state.ids.has(id);
}

/** Toggle one entry; with shift, set the whole range from the anchor to it. */
export function toggle(state: SelectionState, id: string, shift: boolean, orderedSelectable: readonly string[]): SelectionState {
  const target = !isSelected(state, id);
  let range = [id];
  if (shift && state.anchor) {
    const a = orderedSelectable.indexOf(state.anchor);
    const b = orderedSelectable.indexOf(id);
    if (a >= 0 && b >= 0) range = orderedSelectable.slice(Math.min(a, b), Math.max(a, b) + 1);
  }
  if (state.mode === 'all') {
    const excluded = new Set(state.excluded);
    range.forEach((x) => (target ? excluded.delete(x) : excluded.add(x)));
    return { ...state, excluded, anchor: id };
  }
  const ids = new Set(state.ids);
  range.forEach((x) => (target ? ids.add(x) : ids.delete(x)));
  return { ...state, ids, anchor: id };
}

/** The selected entries among `entries`, in list order. Blocked entries are never selected. */
export function selectedEntries(state: SelectionState, entries: readonly TimeEntry[], blocked: BlockedReason = blockedReason): TimeEntry[] {
  if (state.mode === 'ids' && state.ids.size === 0) return [];
  return entries.filter((e) => !blocked(e) && isSelected(state, e.id));
}

/** How many of `entries` can be selected. */
export function countSelectable(entries: readonly TimeEntry[], blocked: BlockedReason = blockedReason): number {
  let n = 0;
  for (const e of entries) if (!blocked(e)) n += 1;
  return n;
}

/**
 * Shift+Arrow: select every selectable entry from the last toggled one (the anchor) to `id`,
 * keeping the anchor so the next Shift+Arrow grows the same range. Without an anchor, `id`
 * alone is selected and becomes the anchor.
 */
export function extendTo(state: SelectionState, id: string, orderedSelectable: readonly string[]): SelectionState {
  const b = orderedSelectable.indexOf(id);
  if (b < 0) return state;
  const a = state.anchor ? orderedSelectable.indexOf(state.anchor) : -1;
  const range = a >= 0 ? orderedSelectable.slice(Math.min(a, b), Math.max(a, b) + 1) : [id];
  const next = setMany(state, range, true);
  return { ...next, anchor: a >= 0 ? state.anchor : id };
}

/** Select or clear several entries at once (a whole day), in either selection mode. */
export function setMany(state: SelectionState, ids: readonly string[], on: boolean): SelectionState {
  if (state.mode === 'all') {
    const excluded = new Set(state.excluded);
    ids.forEach((x) => (on ? excluded.delete(x) : excluded.add(x)));
    return { ...state, excluded };
  }
  const next = new Set(state.ids);
  ids.forEach((x) => (on ? next.add(x) : next.delete(x)));
  return { ...state, ids: next };
}

/** Every entry matching the filter, including those still streaming in ("select all matching"). */
export function allMatching(): SelectionState {
  return { mode: 'all', ids: new Set(), excluded: new Set(), anchor: null };
}

/** Exactly these entries and no anchor: the shown ones, or the ones that failed to delete. */
export function onlyIds(ids: readonly string[]): SelectionState {
  return { mode: 'ids', ids: new Set(ids), excluded: new Set(), anchor: null };
}

/** The header checkbox: on selects exactly the shown entries, off clears the whole selection. */
export function shownSelection(ids: readonly string[], on: boolean): SelectionState {
  return on ? onlyIds(ids) : EMPTY_SELECTION;
}

/** The selection as React state; every change is one of the pure functions above. */
export function useSelection() {
  const [state, setState] = useState<SelectionState>(EMPTY_SELECTION);
  const clear = useCallback(() => setState(EMPTY_SELECTION), []);
  const selectAllMatching = useCallback(() => setState(allMatching()), []);
  const setShown = useCallback((ids: string[], on: boolean) => setState(shownSelection(ids, on)), []);
  const toggleOne = useCallback(
    (id: string, shift: boolean, ordered: readonly string[]) => setState((s) => toggle(s, id, shift, ordered)),
    [],
  );
  const extendOne = useCallback(
    (id: string, ordered: readonly string[]) => setState((s) => extendTo(s, id, ordered)),
    [],
  );
  const setDay = useCallback((ids: readonly string[], on: boolean) => setState((s) => setMany(s, ids, on)), []);
  /** Keep only these ids (after a deletion: the failed ones stay selected). */
  const replaceWith = useCallback((ids: string[]) => setState(onlyIds(ids)), []);
  return useMemo(
    () => ({ state, clear, selectAllMatching, setShown, toggleOne, extendOne, setDay, replaceWith }),
    [state, clear, selectAllMatching, setShown, toggleOne, extendOne, setDay, replaceWith],
  );
}
