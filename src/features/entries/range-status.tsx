import { Alert, Button, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { describeError } from '../../clockify/errors';
import { formatDay, presetRange, zonedRangeBounds } from '../../lib/dates';
import { estimateTotal, type GroupedEntries } from './group-entries';
import { LiveTotal } from './live-total';
import type { useEntriesList } from './use-entries-list';

interface Props {
  list: ReturnType<typeof useEntriesList>;
  grouped: GroupedEntries;
  name: string;
  range: { from: string; to: string; project: string | null; q: string | null };
  timeZone: string;
  weekStart: string;
  /** Entries of this list wait for or go through deletion: the range is not empty. */
  pending: boolean;
  onPick(patch: { from?: string; to?: string; project?: null; q?: null }): void;
}

/**
 * What the range holds while and after it loads: the count and total (only once its first page
 * is in), "Loading X of ~Y", a failure with "Try again", grey rows, or an empty range with
 * wider ranges one click away.
 */
export function RangeStatus({ list, grouped, name, range, timeZone, weekStart, pending, onPick }: Props) {
  const { query, loaded, loadingMore } = list;
  const count = grouped.entries.length;
  const bounds = useMemo(() => zonedRangeBounds(range.from, range.to, timeZone), [range.from, range.to, timeZone]);
  const estimate = estimateTotal(count, count ? grouped.entries[count - 1].start : null, bounds.start, bounds.end, !loadingMore);
  return (
    <>
      <Group justify="space-between" aria-live="polite">
        <Text size="sm" data-testid="range-summary">
          {!loaded ? (
            'Loading entries…'
          ) : (
            <>
              {count.toLocaleString('en-US')} {count === 1 ? 'entry' : 'entries'} · total{' '}
              {/* Ticks while a timer runs: kept out of the live region so it is not read out every minute. */}
              <span aria-live="off">
                <LiveTotal seconds={grouped.totalSeconds} since={grouped.runningSince} />
              </span>
            </>
          )}
        </Text>
        {loadingMore && !query.isError && (
          <Group gap={6}>
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed" data-testid="load-progress">
              Loading {count.toLocaleString('en-US')}
              {estimate ? ` of ~${estimate.toLocaleString('en-US')}` : ''}
            </Text>
          </Group>
        )}
      </Group>
      {query.isError && (
        <Alert color="red" title="Could not load all entries" role="alert">
          {describeError(query.error, 'load the entries')}
          {count > 0 && ' The list below is incomplete.'}{' '}
          <Button size="xs" variant="light" onClick={() => query.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {!loaded && !query.isError && <ListPlaceholder />}
      {loaded && !loadingMore && !query.isError && count === 0 && !pending && (
        <EmptyRange name={name} filtered={!!(range.project || range.q)} range={range} timeZone={timeZone} weekStart={weekStart} onPick={onPick} />
      )}
    </>
  );
}

/** Grey rows where the list will be: the range is still on its way. */
export function ListPlaceholder() {
  return (
    <Stack gap={6} aria-hidden data-testid="list-placeholder">
      {[0, 1, 2, 3, 4].map((i) => (
        <Skeleton key={i} height={i === 0 ? 40 : 52} radius="sm" />
      ))}
    </Stack>
  );
}

/**
 * Nothing in this range. A first screen should not be empty when there is work nearby, so the
 * usual ranges that reach further back are one click away (the default stays "This week": see
 * the README), and so is clearing the filters when they are what leaves it empty.
 */
function EmptyRange(props: {
  name: string;
  filtered: boolean;
  range: { from: string; to: string };
  timeZone: string;
  weekStart: string;
  onPick(patch: { from?: string; to?: string; project?: null; q?: null }): void;
}) {
  const { from, to } = props.range;
  const now = new Date();
  // Only ranges that start earlier: a narrower one inside this range is just as empty.
  const offers = (['last-week', 'last-30-days'] as const)
    .map((p) => ({ p, range: presetRange(p, now, props.timeZone, props.weekStart) }))
    .filter(({ range }) => range.from < from);
  const when = from === to ? `on ${formatDay(from)}` : `between ${formatDay(from)} and ${formatDay(to)}`;
  const next = props.filtered ? ' Clear the filters, or look further back:' : ' Look further back:';
  return (
    <Alert color="gray" title="No entries">
      <Text size="sm">
        {props.name} has no time entries{props.filtered ? ' matching these filters' : ''} {when}.
        {offers.length ? next : props.filtered ? ' Clear the filters, or try another range.' : ' Try another range.'}
      </Text>
      {(props.filtered || offers.length > 0) && (
        <Group gap="xs" mt="xs">
          {props.filtered && (
            <Button size="xs" variant="light" onClick={() => props.onPick({ project: null, q: null })}>
              Clear filters
            </Button>
          )}
          {offers.map(({ p, range }) => (
            <Button key={p} size="xs" variant="light" onClick={() => props.onPick(range)}>
              {p === 'last-week' ? 'See the previous week' : 'See the past 30 days'}
            </Button>
          ))}
        </Group>
      )}
    </Alert>
  );
}
