/**
 * One entry row. Plain markup and CSS-only tooltips rather than Mantine components: a
 * virtualized list re-renders rows while scrolling, and every wrapper costs frame time.
 * Props are plain values so `memo` skips rows whose entry and selection did not change.
 */
import { memo } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import { fastClock, fastStamp, formatDuration } from '../../lib/dates';
import type { Catalog } from '../workspaces/api';
import classes from './entries-list.module.css';
import { LiveTotal } from './live-total';

interface Props {
  entry: TimeEntry;
  timeZone: string;
  catalog: Catalog | undefined;
  /** Absent: no selection column. */
  selectable?: boolean;
  selected?: boolean;
  /** Why it can't be selected, or null when it can. */
  blockedReason?: string | null;
  onToggle?: (entry: TimeEntry, shiftKey: boolean) => void;
  /** The key may still delete locked entries (owner, workspace admin): the lock's tip says so. */
  canEditLocked?: boolean;
}

const LOCK_TIP = {
  may: 'Locked: before the workspace lock date. Your key (owner or admin) may still delete it.',
  mayNot: 'Locked: before the workspace lock date. Only owners and workspace admins can change or delete it.',
};

export function entryLabel(entry: TimeEntry, timeZone: string) {
  return `${entry.description || '(no description)'} ${fastStamp(entry.start, timeZone)}`;
}

export const EntryRow = memo(function EntryRow({ entry, timeZone, catalog, selectable, selected, blockedReason, onToggle, canEditLocked }: Props) {
  const running = entry.end === null;
  const project = entry.projectId ? catalog?.projects.get(entry.projectId) : undefined;
  const taskName = entry.taskId ? catalog?.tasks.get(entry.taskId) ?? 'Unknown task' : null;
  return (
    <div className={classes.row} data-selected={selected || undefined}>
      <div className={classes.check}>
        {selectable && (
          <span className={blockedReason ? classes.tip : undefined} data-tip={blockedReason ?? undefined}>
            <input
              type="checkbox"
              className={classes.checkbox}
              aria-label={`Select ${entryLabel(entry, timeZone)}`}
              aria-description={blockedReason ?? undefined}
              title={blockedReason ?? undefined}
              checked={!!selected && !blockedReason}
              disabled={!!blockedReason}
              onChange={() => {}}
              onClick={(ev) => onToggle?.(entry, ev.shiftKey)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') {
                  ev.preventDefault();
                  onToggle?.(entry, ev.shiftKey);
                }
              }}
            />
          </span>
        )}
      </div>
      <div className={classes.desc}>
        <span className={entry.description ? classes.title : `${classes.title} ${classes.dimmed}`} title={entry.description || undefined}>
          {entry.description || '(no description)'}
        </span>
        {entry.tagIds.length > 0 && (
          <span className={classes.tags}>
            {entry.tagIds.map((id, i) => (
              <span key={`${id}-${i}`} className={classes.tag}>
                {catalog?.tags.get(id)?.name ?? 'Unknown tag'}
              </span>
            ))}
          </span>
        )}
      </div>
      <div className={classes.project}>
        {entry.projectId ? (
          <span className={classes.projectLine}>
            <span aria-hidden className={classes.dot} style={{ background: project?.color ?? 'var(--mantine-color-gray-5)' }} />
            {/* The dot carries the colour; the name stays in the text colour for contrast. */}
            <span className={classes.ellipsis}>{project ? project.name : 'Unknown project'}</span>
            {project?.clientLabel && <span className={`${classes.ellipsis} ${classes.small}`}>· {project.clientLabel}</span>}
          </span>
        ) : (
          <span className={classes.dimmed}>No project</span>
        )}
        {taskName && <span className={`${classes.ellipsis} ${classes.small}`}>Task: {taskName}</span>}
      </div>
      <span className={classes.time}>
        {fastClock(entry.start, timeZone)} – {running ? 'running' : fastClock(entry.end!, timeZone)}
      </span>
      <span className={classes.duration}>
        {running ? (
          <>
            <span aria-hidden>▶ </span>
            <LiveTotal seconds={0} since={entry.start} />
          </>
        ) : (
          formatDuration(entry.durationSeconds)
        )}
      </span>
      <span className={classes.flags}>
        {entry.billable && (
          <span className={`${classes.tip} ${classes.billable}`} data-tip="Billable" role="img" aria-label="Billable">
            $
          </span>
        )}
        {entry.isLocked && (
          <span
            className={classes.tip}
            data-tip={canEditLocked ? LOCK_TIP.may : LOCK_TIP.mayNot}
            role="img"
            aria-label="Locked: before the workspace lock date"
            aria-description={canEditLocked ? LOCK_TIP.may : LOCK_TIP.mayNot}
            tabIndex={0}
          >
            🔒
          </span>
        )}
      </span>
    </div>
  );
});
