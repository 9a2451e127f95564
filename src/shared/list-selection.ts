import type { TimeEntry } from '../clockify/schemas';

/**
 * The checkboxes of the entries list: the list (features/entries) draws them, bulk delete
 * (features/bulk-delete) decides what they mean. One contract, here, below both.
 */
export interface ListSelection {
  isSelected(id: string): boolean;
  blockedReason(entry: TimeEntry): string | null;
  onToggle(entry: TimeEntry, shiftKey: boolean): void;
  /** Shift+Arrow: select from the last toggled row to this one. */
  onExtend(entry: TimeEntry): void;
  /** The day header's checkbox: select or clear every selectable entry of that day. */
  onDay(entries: TimeEntry[], on: boolean): void;
  /** The key may delete locked entries (owner, workspace admin): the lock's tip says so. */
  canEditLocked?: boolean;
}
