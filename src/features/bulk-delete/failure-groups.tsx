import { List, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import classes from './failure-groups.module.css';

const SHOWN_PER_GROUP = 50;

export interface Failure {
  id: string;
  reason: string;
}

/** Failures with the same reason, largest group first, in the order they first appeared. */
export function groupByReason(failures: readonly Failure[]): Array<{ reason: string; ids: string[] }> {
  const groups = new Map<string, string[]>();
  for (const f of failures) {
    const ids = groups.get(f.reason);
    if (ids) ids.push(f.id);
    else groups.set(f.reason, [f.id]);
  }
  return [...groups].map(([reason, ids]) => ({ reason, ids })).sort((a, b) => b.ids.length - a.ids.length);
}

/** "Could not delete it: Clockify had…" reads as "Clockify had…" after "24 entries:". */
function shortReason(reason: string) {
  return reason.replace(/^Could not (delete|re-create) it: /, '');
}

interface Props {
  problems: readonly Failure[];
  label(id: string): string;
  /** What did not happen to them: "deleted" (a deletion's report) or "restored" (a restore's). */
  verb?: 'deleted' | 'restored';
}

/** One line per reason ("24 entries: Clockify had a server error (500)…"), each opening to its entries. */
export function FailureGroups({ problems, label, verb = 'deleted' }: Props) {
  const groups = groupByReason(problems);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(groups.length === 1 && groups[0].ids.length <= 5 ? [groups[0].reason] : []));
  const toggle = (reason: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(reason)) next.delete(reason);
      else next.add(reason);
      return next;
    });
  return (
    <ul className={classes.groups} aria-label={`Reasons entries were not ${verb}`}>
      {groups.map((g, i) => {
        const expanded = open.has(g.reason);
        const listId = `failure-group-${i}`;
        return (
          <li key={g.reason}>
            <UnstyledButton className={classes.toggle} aria-expanded={expanded} aria-controls={listId} onClick={() => toggle(g.reason)}>
              <span aria-hidden className={classes.chevron} data-open={expanded || undefined}>
                ▸
              </span>
              <span>
                <strong>
                  {g.ids.length.toLocaleString('en-US')} {g.ids.length === 1 ? 'entry' : 'entries'}:
                </strong>{' '}
                {shortReason(g.reason)}
              </span>
            </UnstyledButton>
            {expanded && (
              <List id={listId} size="sm" spacing={2} className={classes.entries} aria-label={`Entries not ${verb}: ${shortReason(g.reason)}`}>
                {g.ids.slice(0, SHOWN_PER_GROUP).map((id) => (
                  <List.Item key={id}>{label(id)}</List.Item>
                ))}
                {g.ids.length > SHOWN_PER_GROUP && (
                  <Text size="sm" component="li" className={classes.more}>
                    …and {(g.ids.length - SHOWN_PER_GROUP).toLocaleString('en-US')} more{verb === 'deleted' ? ' (all stay selected; export them with “Export selected”)' : ' (“Retry failed” sends them all again)'}.
                  </Text>
                )}
              </List>
            )}
          </li>
        );
      })}
    </ul>
  );
}
