import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ListSelection } from '../../shared/list-selection';
import type { Catalog } from '../../shared/workspaces/api';
import { DayHeader } from './day-header';
import { EntryRow } from './entry-row';
import type { GroupedEntries } from './group-entries';
import classes from './entries-list.module.css';

const DAY_HEIGHT = 44;
const ROW_HEIGHT = 56;
/** Phones: two lines a row (description and duration; project, times and markers). */
const ROW_HEIGHT_PHONE = 72;
/** The shell's fixed header (`--shell-header-height` in global.css): rows scrolled into view must land below it and the pinned day. */
const APP_HEADER = 60;

interface Props {
  grouped: GroupedEntries;
  timeZone: string;
  catalog: Catalog | undefined;
  /** When given, rows and day headers get selection checkboxes. Keep its callbacks stable: rows are memoized. */
  selection?: ListSelection;
}

/**
 * A list virtualized against the window: the page scrolls once and the list is as tall as
 * its content, but only the rows in view (plus a small overscan) are in the DOM, whatever the
 * entry count. The day header of the top row stays pinned below the app header. Arrow keys
 * move between rows; Shift+Arrow extends the selection.
 */
export function EntriesList({ grouped, timeZone, catalog, selection }: Props) {
  const { rows, headerIndexes } = grouped;
  const listRef = useRef<HTMLDivElement>(null);
  const phone = useMediaQuery('(max-width: 48em)', false) ?? false;
  const rowHeight = phone ? ROW_HEIGHT_PHONE : ROW_HEIGHT;

  // Where the list starts on the page: content above it (alerts, progress) moves it.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((m) => (Math.abs(m - top) > 0.5 ? top : m));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The last header at or above the first visible row is kept rendered, pinned on top.
      const next = new Set([headerAtOrAbove(headerIndexes, range.startIndex), ...defaultRangeExtractor(range)]);
      return [...next].sort((a, b) => a - b);
    },
    [headerIndexes],
  );

  // Stable between renders of the same rows: the virtualizer recomputes every item's position
  // (all of them, tens of thousands) whenever its key function changes.
  const estimateSize = useCallback((i: number) => (rows[i].type === 'day' ? DAY_HEIGHT : rowHeight), [rows, rowHeight]);
  const getItemKey = useCallback(
    (i: number) => {
      const r = rows[i];
      return r.type === 'day' ? `day-${r.day}` : r.entry.id;
    },
    [rows],
  );
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    // Two rows beyond each edge: a fast fling mounts every row in view each frame, and each row
    // rendered off screen is work in that frame (overscan 8 dropped ~1 frame in 5 of a quick
    // sweep through 10,000 entries on a 2-core machine, 2 none; see docs/performance.md).
    overscan: 2,
    rangeExtractor,
    scrollMargin,
    scrollPaddingStart: APP_HEADER + DAY_HEIGHT,
    scrollPaddingEnd: 8,
    getItemKey,
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // The row focus is headed for: it moves in the next frame (after the scroll), so a key
  // pressed before then must go on from there, not from the row that still has focus —
  // otherwise two quick Shift+ArrowDown presses extend the selection by one row only.
  const focusTarget = useRef<number | null>(null);
  const focusRow = (index: number, then?: (el: HTMLElement) => void) => {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    focusTarget.current = clamped;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    requestAnimationFrame(() => {
      if (focusTarget.current !== clamped) return; // a later key press moved on; its frame focuses
      focusTarget.current = null;
      const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`);
      const target = el?.querySelector<HTMLElement>('input:not(:disabled)') ?? el;
      target?.focus();
      if (el) then?.(el);
    });
  };

  /** The next entry row (not a day header) from `index` in `step` direction. */
  const nextEntryIndex = (index: number, step: 1 | -1) => {
    for (let i = index + step; i >= 0 && i < rows.length; i += step) if (rows[i].type === 'entry') return i;
    return null;
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const current = (ev.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const index = focusTarget.current ?? Number(current.dataset.index);
    if (ev.shiftKey && selection && (ev.key === 'ArrowDown' || ev.key === 'ArrowUp')) {
      ev.preventDefault();
      const to = nextEntryIndex(index, ev.key === 'ArrowDown' ? 1 : -1);
      if (to === null) return;
      const row = rows[to];
      if (row.type === 'entry') selection.onExtend(row.entry);
      focusRow(to);
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 10,
      PageUp: index - 10,
      Home: 0,
      End: rows.length - 1,
    };
    if (!(ev.key in moves) || ev.shiftKey || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    focusRow(moves[ev.key]);
  };

  if (rows.length === 0) return null;
  const activeHeader = headerAtOrAbove(headerIndexes, virtualizer.range?.startIndex ?? 0);

  return (
    <div ref={listRef} className={classes.list} role="list" aria-label="Time entries" onKeyDown={onKeyDown} data-testid="entries-list">
      <div className={classes.inner} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const pinned = row.type === 'day' && item.index === activeHeader;
          return (
            <div
              key={item.key}
              role="listitem"
              // Virtualized: only some items are in the DOM, so say where each sits in the whole list.
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              tabIndex={-1}
              className={pinned ? `${classes.item} ${classes.sticky}` : classes.item}
              style={pinned ? undefined : { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`, height: item.size }}
            >
              {row.type === 'day' ? (
                <DayHeader row={row} entries={grouped.rows.slice(item.index + 1, item.index + 1 + row.count)} selection={selection} />
              ) : (
                <EntryRow
                  entry={row.entry}
                  timeZone={timeZone}
                  catalog={catalog}
                  selectable={!!selection}
                  selected={selection?.isSelected(row.entry.id)}
                  blockedReason={selection?.blockedReason(row.entry)}
                  onToggle={selection?.onToggle}
                  canEditLocked={selection?.canEditLocked}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function headerAtOrAbove(headerIndexes: readonly number[], index: number) {
  let active = 0;
  for (const h of headerIndexes) {
    if (h <= index) active = h;
    else break;
  }
  return active;
}
