import { useCallback, useRef, type KeyboardEvent } from 'react';
import { Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TimeEntry } from '../../clockify/schemas';
import { formatDayHeading, formatDuration } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import type { Catalog } from '../workspaces/api';
import { EntryRow } from './entry-row';
import type { GroupedEntries } from './group-entries';
import classes from './entries-list.module.css';
import { liveSeconds } from './live-total';

const DAY_HEIGHT = 40;
const ROW_HEIGHT = 56;

interface Props {
  grouped: GroupedEntries;
  timeZone: string;
  catalog: Catalog | undefined;
  /** When given, each row gets a selection checkbox. Keep `onToggle` stable: rows are memoized. */
  selection?: {
    isSelected(id: string): boolean;
    blockedReason(entry: TimeEntry): string | null;
    onToggle(entry: TimeEntry, shiftKey: boolean): void;
    /** The key may delete locked entries (owner, workspace admin). */
    canEditLocked?: boolean;
  };
}

/**
 * A virtualized list: only the rows in view (plus a small overscan) are in the DOM, whatever
 * the entry count. The day header of the top row stays pinned. Arrow keys move between rows.
 */
export function EntriesList({ grouped, timeZone, catalog, selection }: Props) {
  const { rows, headerIndexes } = grouped;
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeHeader = useRef(0);

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The last header at or above the first visible row is kept rendered, pinned on top.
      let active = 0;
      for (const h of headerIndexes) {
        if (h <= range.startIndex) active = h;
        else break;
      }
      activeHeader.current = active;
      const next = new Set([active, ...defaultRangeExtractor(range)]);
      return [...next].sort((a, b) => a - b);
    },
    [headerIndexes],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i].type === 'day' ? DAY_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    rangeExtractor,
    getItemKey: (i) => {
      const r = rows[i];
      return r.type === 'day' ? `day-${r.day}` : r.entry.id;
    },
  });

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    requestAnimationFrame(() => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`);
      const target = el?.querySelector<HTMLElement>('input:not(:disabled)') ?? el;
      target?.focus();
    });
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const current = (ev.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const index = Number(current.dataset.index);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 10,
      PageUp: index - 10,
      Home: 0,
      End: rows.length - 1,
    };
    if (!(ev.key in moves)) return;
    ev.preventDefault();
    focusRow(moves[ev.key]);
  };

  if (rows.length === 0) return null;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      role="list"
      aria-label="Time entries"
      onKeyDown={onKeyDown}
      data-testid="entries-scroller"
    >
      <div className={classes.inner} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const pinned = row.type === 'day' && item.index === activeHeader.current;
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
              style={pinned ? { top: 0, position: 'sticky', transform: undefined } : { transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {row.type === 'day' ? (
                <div className={classes.day}>
                  <h3>{formatDayHeading(row.day)}</h3>
                  <DayTotal count={row.count} seconds={row.totalSeconds} since={row.runningSince} />
                </div>
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

/** "3 entries · 7:42": a day's total, ticking while one of its entries runs. */
function DayTotal({ count, seconds, since }: { count: number; seconds: number; since: Date | null }) {
  const now = useNow(1000, since !== null);
  const total = formatDuration(liveSeconds(seconds, since, now));
  return (
    <Text size="sm" c="dimmed" aria-label={`Day total ${total}`}>
      {count} {count === 1 ? 'entry' : 'entries'} · {total}
    </Text>
  );
}
