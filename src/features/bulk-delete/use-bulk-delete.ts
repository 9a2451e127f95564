import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import type { ListSelection } from '../../shared/list-selection';
import type { Catalog } from '../../shared/workspaces/api';
import { useDeleteQueue } from './delete-queue';
import { deleteQueue } from './queue';
import { countSelectable, isSelected, makeBlockedReason, selectedEntries, useSelection } from './selection';

/** Whose entries, and what this key may do with them. */
export interface BulkDeleteScope {
  workspaceId: string;
  member: { id: string; name: string; timeZone: string };
  /** Owners and workspace admins are not bound by the lock date. */
  canEditLocked: boolean;
  /** Null when the key may delete this member's entries; else why not. */
  cannotDelete: string | null;
  /** Recorded with the backup: who deleted, in which workspace. */
  deletedBy: { id: string; name: string } | undefined;
  workspaceName: string | undefined;
  catalog: Catalog | undefined;
  /** Every page of the range is in (a "select all matching" deletion waits for it). */
  complete: boolean;
}

/** What this feature needs of a grouped list: its entries, and its rows in display order. */
export interface ListedEntries {
  entries: readonly TimeEntry[];
  rows: ReadonlyArray<{ type: string; entry?: TimeEntry }>;
}

/**
 * Everything bulk delete keeps for one member's list: the selection and what derives from it,
 * the ids hidden while a deletion waits or is sent, and the list's checkbox props.
 * `group` is how the page groups its entries; it is called again only when the hidden ids
 * change, so the list never shows an entry that is being deleted, nor counts it in a total.
 */
export function useBulkDelete<G extends ListedEntries>(scope: BulkDeleteScope, group: (hidden: ReadonlySet<string>) => G) {
  const { workspaceId, member, canEditLocked } = scope;
  const selection = useSelection();
  const { clear, toggleOne, extendOne, setDay } = selection;
  useEffect(() => clear(), [workspaceId, member.id, clear]);

  const hidden = useSyncExternalStore(deleteQueue.subscribe, deleteQueue.hiddenIds);
  const grouped = useMemo(() => group(hidden), [group, hidden]);
  const jobs = useDeleteQueue(deleteQueue).filter((j) => j.record.workspaceId === workspaceId && j.record.userId === member.id);
  /** While a deletion waits or is sent, its entries are pending, not gone: no empty state. */
  const pending = jobs.some((j) => j.phase === 'undo-window' || j.phase === 'sending');

  const blockedReason = useMemo(() => makeBlockedReason(canEditLocked), [canEditLocked]);
  // What follows runs again for every page that streams in, so it costs O(1) or one plain
  // pass over the list, and keeps the rows' callbacks stable: the memoized rows in view are
  // not re-rendered because a page arrived below them.
  const selected = useMemo(() => selectedEntries(selection.state, grouped.entries, blockedReason), [selection.state, grouped.entries, blockedReason]);
  const selectableCount = useMemo(() => countSelectable(grouped.entries, blockedReason), [grouped.entries, blockedReason]);
  const latest = useRef({ grouped, blockedReason });
  useLayoutEffect(() => {
    latest.current = { grouped, blockedReason };
  });
  /** The selectable entries' ids in row order: built on a click ("All shown", Shift ranges), not for every render. */
  const selectableIds = useCallback(() => {
    const { grouped: g, blockedReason: blocked } = latest.current;
    return g.rows.flatMap((r) => (r.type === 'entry' && r.entry && !blocked(r.entry) ? [r.entry.id] : []));
  }, []);
  const onToggle = useCallback((e: TimeEntry, shift: boolean) => toggleOne(e.id, shift, shift ? selectableIds() : []), [toggleOne, selectableIds]);
  const onExtend = useCallback((e: TimeEntry) => extendOne(e.id, selectableIds()), [extendOne, selectableIds]);
  const onDay = useCallback((entries: TimeEntry[], on: boolean) => setDay(entries.map((e) => e.id), on), [setDay]);
  const state = selection.state;
  const listSelection = useMemo<ListSelection | undefined>(
    () =>
      scope.cannotDelete ? undefined : { isSelected: (id) => isSelected(state, id), blockedReason, onToggle, onExtend, onDay, canEditLocked },
    [scope.cannotDelete, state, blockedReason, onToggle, onExtend, onDay, canEditLocked],
  );

  // Changing the range or filters would drop a selection: ask first ("Change the filter?").
  const [pendingChange, setPendingChange] = useState<(() => void) | null>(null);
  const whenSelectionMayGo = (change: () => void) => (selected.length > 0 ? setPendingChange(() => change) : change());
  // Counts the changes the manager declined ("Keep selection"), so a field that shows a change
  // before it is applied (the search box) can go back to what the list shows.
  const [declinedChanges, setDeclinedChanges] = useState(0);

  return {
    scope,
    grouped,
    jobs,
    pending,
    selection,
    selected,
    selectableCount,
    selectableIds,
    listSelection,
    whenSelectionMayGo,
    pendingChange,
    declinedChanges,
    resolvePendingChange: (apply: boolean) => {
      if (apply && pendingChange) {
        clear();
        pendingChange();
      } else if (pendingChange) {
        setDeclinedChanges((n) => n + 1);
      }
      setPendingChange(null);
    },
  };
}

export type BulkDelete = ReturnType<typeof useBulkDelete>;
