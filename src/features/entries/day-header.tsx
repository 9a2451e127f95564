import { useEffect, useRef } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import { formatDayHeading, formatDayShort, formatDuration } from '../../lib/dates';
import type { ListSelection } from '../../shared/list-selection';
import type { ListRow } from './group-entries';
import classes from './entries-list.module.css';
import { liveSeconds } from './live-total';
import { useNow } from '../../lib/use-now';

interface Props {
  row: Extract<ListRow, { type: 'day' }>;
  /** The rows of this day, in list order. */
  entries: ListRow[];
  selection?: ListSelection;
}

/** A day's title and total; with selection, a checkbox that selects the whole day. */
export function DayHeader({ row, entries, selection }: Props) {
  const selectable: TimeEntry[] = [];
  let selected = 0;
  if (selection) {
    for (const r of entries) {
      if (r.type !== 'entry' || selection.blockedReason(r.entry)) continue;
      selectable.push(r.entry);
      if (selection.isSelected(r.entry.id)) selected += 1;
    }
  }
  const all = selectable.length > 0 && selected === selectable.length;
  const some = selected > 0 && !all;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);

  return (
    <div className={classes.day}>
      <div className={classes.check}>
        {selection && (
          <input
            ref={box}
            type="checkbox"
            className={classes.checkbox}
            aria-label={`Select all of ${formatDayShort(row.day)}`}
            title={selectable.length ? undefined : 'Nothing on this day can be deleted'}
            checked={all}
            disabled={selectable.length === 0}
            onChange={() => selection.onDay(selectable, !all)}
          />
        )}
      </div>
      <h3>{formatDayHeading(row.day)}</h3>
      <DayTotal count={row.count} seconds={row.totalSeconds} since={row.runningSince} />
    </div>
  );
}

/** "3 entries · 7:42": a day's total, ticking while one of its entries runs. */
function DayTotal({ count, seconds, since }: { count: number; seconds: number; since: Date | null }) {
  const now = useNow(1000, since !== null);
  const total = formatDuration(liveSeconds(seconds, since, now));
  return (
    <span className={classes.dayTotal} aria-label={`Day total ${total}`}>
      {count} {count === 1 ? 'entry' : 'entries'} · {total}
    </span>
  );
}
