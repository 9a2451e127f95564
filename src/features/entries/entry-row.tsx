/**
 * One entry row. Plain markup and CSS-only tooltips rather than Mantine components: a
 * virtualized list re-renders rows while scrolling, and every wrapper costs frame time.
 * Props are plain values so `memo` skips rows whose entry and selection did not change.
 * Desktop: one line of columns. Phones: two lines (description and duration; project, times
 * and markers), laid out by the same markup through CSS grid areas.
 */
import { memo, type MouseEvent } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import { fastClock, fastStamp, formatDuration } from '../../lib/dates';
import { catalogState, type Catalog } from '../../shared/workspaces/api';
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

/** A grey bar where a name will be, announced as loading. */
function NamePlaceholder({ what }: { what: string }) {
  return (
    <span className={classes.placeholder} role="img" aria-label={`Loading ${what}`} />
  );
}

/** Clicks on the row's free area toggle it; links, inputs and markers keep their own. */
function isFreeArea(ev: MouseEvent<HTMLElement>) {
  const control = (ev.target as HTMLElement).closest('input, button, a, [tabindex]');
  if (control && ev.currentTarget.contains(control)) return false;
  return !window.getSelection()?.toString();
}

export const EntryRow = memo(function EntryRow({ entry, timeZone, catalog, selectable, selected, blockedReason, onToggle, canEditLocked }: Props) {
  const running = entry.end === null;
  const state = catalogState(catalog);
  const project = entry.projectId ? catalog?.projects.get(entry.projectId) : undefined;
  const canToggle = selectable && !blockedReason && !!onToggle;
  return (
    <div
      className={classes.row}
      data-selected={selected || undefined}
      data-clickable={canToggle || undefined}
      onClick={canToggle ? (ev) => isFreeArea(ev) && onToggle(entry, ev.shiftKey) : undefined}
    >
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
                if (ev.key === 'Enter' || (ev.key === ' ' && ev.shiftKey)) {
                  // Shift+Space extends from the last toggled row; the browser's own Space
                  // click would not carry the Shift key everywhere, so it is handled here.
                  ev.preventDefault();
                  onToggle?.(entry, ev.shiftKey);
                }
              }}
              onKeyUp={(ev) => {
                if (ev.key === ' ' && ev.shiftKey) ev.preventDefault();
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
            {entry.tagIds.map((id, i) => {
              const tag = catalog?.tags.get(id);
              if (!tag && state.tags === 'loading') return <NamePlaceholder key={`${id}-${i}`} what="tag" />;
              // A failed tag list is said once above the list, not on every row.
              if (!tag && state.tags === 'error') return null;
              return (
                <span key={`${id}-${i}`} className={classes.tag}>
                  {tag?.name ?? 'Unknown tag'}
                </span>
              );
            })}
          </span>
        )}
      </div>
      <div className={classes.project}>
        {entry.projectId ? (
          <span className={classes.projectLine}>
            <span aria-hidden className={classes.dot} style={{ background: project?.color ?? 'var(--mantine-color-gray-5)' }} />
            {/* The dot carries the colour; the name stays in the text colour for contrast. */}
            {project ? (
              <span className={classes.ellipsis}>{project.name}</span>
            ) : state.projects === 'loading' ? (
              <NamePlaceholder what="project" />
            ) : (
              <span className={`${classes.ellipsis} ${classes.dimmed}`}>{state.projects === 'error' ? 'Project name not loaded' : 'Unknown project'}</span>
            )}
            {project?.clientLabel && <span className={`${classes.ellipsis} ${classes.small} ${classes.client}`}>· {project.clientLabel}</span>}
          </span>
        ) : (
          <span className={classes.dimmed}>No project</span>
        )}
        {entry.taskId && <TaskName catalog={catalog} taskId={entry.taskId} />}
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

function TaskName({ catalog, taskId }: { catalog: Catalog | undefined; taskId: string }) {
  const name = catalog?.tasks.get(taskId);
  const state = catalogState(catalog).tasks;
  if (!name && state === 'loading') return <NamePlaceholder what="task" />;
  if (!name && state === 'error') return null;
  return <span className={`${classes.ellipsis} ${classes.small} ${classes.task}`}>Task: {name ?? 'Unknown task'}</span>;
}
