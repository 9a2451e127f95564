import { memo } from 'react';
import { Badge, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import type { TimeEntry } from '../../clockify/schemas';
import { formatClock, formatDuration, formatInZone } from '../../lib/dates';
import type { Catalog } from '../workspaces/api';
import { ProjectLabel } from './project-label';
import classes from './entries-list.module.css';

export interface RowSelection {
  selected: boolean;
  /** Why it can't be selected, or null when it can. */
  blockedReason: string | null;
  onToggle(entry: TimeEntry, shiftKey: boolean): void;
}

interface Props {
  entry: TimeEntry;
  timeZone: string;
  catalog: Catalog | undefined;
  selection?: RowSelection;
}

export function entryLabel(entry: TimeEntry, timeZone: string) {
  return `${entry.description || '(no description)'} ${formatInZone(entry.start, timeZone, 'd MMM HH:mm')}`;
}

export const EntryRow = memo(function EntryRow({ entry, timeZone, catalog, selection }: Props) {
  const tags = entry.tagIds.map((id) => catalog?.tags.get(id)?.name ?? 'Unknown tag');
  const running = entry.end === null;
  return (
    <div className={classes.row} data-selected={selection?.selected || undefined}>
      <div className={classes.check}>
        {selection && (
          <Tooltip label={selection.blockedReason} disabled={!selection.blockedReason} withinPortal>
            <span>
              <Checkbox
                aria-label={`Select ${entryLabel(entry, timeZone)}`}
                aria-description={selection.blockedReason ?? undefined}
                checked={selection.selected}
                disabled={!!selection.blockedReason}
                onChange={() => {}}
                onClick={(ev) => selection.onToggle(entry, ev.shiftKey)}
                onKeyDown={(ev) => {
                  if (ev.key === ' ' || ev.key === 'Enter') {
                    ev.preventDefault();
                    selection.onToggle(entry, ev.shiftKey);
                  }
                }}
              />
            </span>
          </Tooltip>
        )}
      </div>
      <div className={classes.desc}>
        <Text size="sm" fw={500} truncate="end" c={entry.description ? undefined : 'dimmed'} title={entry.description || undefined}>
          {entry.description || '(no description)'}
        </Text>
        {tags.length > 0 && (
          <Group gap={4} wrap="nowrap" className={classes.tags}>
            {tags.map((t, i) => (
              <Badge key={`${t}-${i}`} size="xs" variant="light" color="gray" tt="none">
                {t}
              </Badge>
            ))}
          </Group>
        )}
      </div>
      <div className={classes.project}>
        <ProjectLabel projectId={entry.projectId} catalog={catalog} />
        {entry.taskId && (
          <Text size="xs" c="dimmed" truncate="end">
            Task: {catalog?.tasks.get(entry.taskId) ?? 'Unknown task'}
          </Text>
        )}
      </div>
      <Text size="sm" className={classes.time}>
        {formatClock(entry.start, timeZone)} – {running ? 'running' : formatClock(entry.end!, timeZone)}
      </Text>
      <Text size="sm" fw={600} className={classes.duration}>
        {running ? '▶' : formatDuration(entry.durationSeconds)}
      </Text>
      <div className={classes.flags}>
        {entry.billable && (
          <Tooltip label="Billable">
            <Text size="sm" c="green" aria-label="Billable" role="img">
              $
            </Text>
          </Tooltip>
        )}
        {entry.isLocked && (
          <Tooltip label="Locked: before the workspace lock date. Only owners and admins can change it.">
            <Text size="sm" aria-label="Locked" role="img" tabIndex={0}>
              🔒
            </Text>
          </Tooltip>
        )}
      </div>
    </div>
  );
});
