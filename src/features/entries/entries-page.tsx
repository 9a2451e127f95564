import { Alert, Badge, Button, Group, Loader, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ClockifyError, describeError } from '../../clockify/errors';
import { formatDay, presetRange, zonedRangeBounds } from '../../lib/dates';
import { useClient } from '../connection/connection-context';
import { connectionQueries } from '../connection/api';
import { RunningTimerCard } from '../timer/running-timer-card';
import { memberAccessQuery, roleLabel, workspaceQueries } from '../workspaces/api';
import { MemberPicker } from '../workspaces/member-picker';
import { CatalogAlert } from '../workspaces/catalog-alert';
import { useCatalog } from '../workspaces/use-catalog';
import { BulkDeleteArea } from '../bulk-delete/bulk-delete-area';
import { deleteQueue } from '../bulk-delete/queue';
import { useDeleteQueue } from '../bulk-delete/delete-queue';
import { canEditLockedEntries, makeBlockedReason, selectedEntries, useSelection } from '../bulk-delete/selection';
import { entriesQueries } from './api';
import { FiltersBar } from './filters-bar';
import { LiveTotal } from './live-total';
import { createEntriesGrouper, estimateTotal } from './group-entries';
import { RangeBar } from './range-bar';
import { useAllPages } from './use-all-pages';
import { useEntriesParams, type EntriesUrlState } from './use-entries-params';

export function EntriesPage() {
  const { workspaceId = '', userId = '' } = useParams();
  const { client, connection } = useClient();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const me = useQuery(connectionQueries.me(connection.id, client));
  const members = useQuery(workspaceQueries.members(connection.id, client, workspaceId));
  const workspaces = useQuery(workspaceQueries.all(connection.id, client));

  const memberRecord = members.data?.members.find((m) => m.id === userId) ?? (me.data?.id === userId ? { ...me.data, roles: [] } : undefined);
  const timeZone = memberRecord?.settings.timeZone ?? 'UTC';
  const weekStart = memberRecord?.settings.weekStart ?? 'MONDAY';
  const workspace = workspaces.data?.find((w) => w.id === workspaceId);
  const lockDate = workspace?.workspaceSettings.lockTimeEntries ?? null;
  const [params, setParams] = useEntriesParams(timeZone, weekStart);
  const selection = useSelection();
  const { clear: clearSelection } = selection;
  useEffect(() => clearSelection(), [workspaceId, userId, clearSelection]);
  const [pendingChange, setPendingChange] = useState<Partial<EntriesUrlState> | null>(null);

  // With the range in the URL the list needs nothing from the member record: start at once.
  const ready = !!memberRecord || params.explicitRange;
  const listParams = { workspaceId, userId, from: params.from, to: params.to, project: params.project, q: params.q };
  const entries = useInfiniteQuery({ ...entriesQueries.list(connection.id, client, listParams), enabled: ready });
  useAllPages(entries);

  // Deferred: grouping and the selection's derived data re-run in a background render, so
  // the next page's request (triggered after the urgent commit) is not held up by them.
  // The range travels with its pages: a lagging render never shows another range's rows.
  const rangeKey = JSON.stringify(listParams);
  const latest = useMemo(() => ({ rangeKey, pages: entries.data?.pages }), [rangeKey, entries.data?.pages]);
  const deferred = useDeferredValue(latest);
  // The first page of a range shows at once (urgent): a deferred render can be restarted by
  // every page that arrives and would hold the first row back until the whole range is in.
  const pages = deferred.rangeKey === rangeKey && deferred.pages?.length ? deferred.pages : latest.pages;
  /** The range has actually loaded (its first page is in and grouped): only now may a count or "No entries" show. */
  const loaded = !entries.isPending && pages !== undefined;
  const jobs = useDeleteQueue(deleteQueue);
  // Which ids are hidden changes only when a job changes phase, not on each progress tick.
  const jobPhases = jobs.map((j) => `${j.id}:${j.phase}`).join();
  const hidden = useMemo(() => (jobPhases ? deleteQueue.hiddenIds() : undefined), [jobPhases]);
  // Incremental: a new page keys and totals only its own entries (same result as groupEntries).
  const [groupPages] = useState(createEntriesGrouper);
  const grouped = useMemo(() => groupPages((pages ?? []).map((p) => p.items), timeZone, hidden), [groupPages, pages, timeZone, hidden]);
  const myRoles = members.data?.members.find((m) => m.id === me.data?.id)?.roles ?? [];
  const canEditLocked = canEditLockedEntries(myRoles);
  const access = useQuery({
    ...memberAccessQuery(connection.id, client, workspaceId, me.data?.id ?? '', myRoles, members.data?.members ?? []),
    enabled: !!me.data && !!members.data && !members.data.restricted,
  });
  // Known not readable (the access check, or the list's own 403): one explanation, no list.
  const forbidden =
    access.data?.get(userId) === false || (entries.error instanceof ClockifyError && entries.error.kind === 'forbidden');
  const selected = useMemo(
    () => selectedEntries(selection.state, grouped.entries, makeBlockedReason(canEditLocked)),
    [selection.state, grouped.entries, canEditLocked],
  );
  // While a deletion waits or is sent, its entries are pending, not gone: no empty state.
  const pendingHere = jobs.some((j) => j.record.userId === userId && j.record.workspaceId === workspaceId && (j.phase === 'undo-window' || j.phase === 'sending'));
  const selectedCount = selected.length;
  /** Changing range or filters would drop a selection: ask first. */
  const changeParams = (patch: Partial<EntriesUrlState>) => {
    if (selectedCount > 0) setPendingChange(patch);
    else setParams(patch);
  };
  const bounds = useMemo(() => zonedRangeBounds(params.from, params.to, timeZone), [params.from, params.to, timeZone]);
  const loadingMore = entries.hasNextPage || entries.isFetchingNextPage;
  const names = useCatalog(workspaceId, { loadTasks: !loadingMore && !entries.isPending });
  const estimate = estimateTotal(
    grouped.entries.length,
    grouped.entries.length ? grouped.entries[grouped.entries.length - 1].start : null,
    bounds.start,
    bounds.end,
    !loadingMore,
  );

  if (members.isError) {
    return (
      <Alert color="red" title="Could not load this workspace">
        {describeError(members.error, 'load the workspace members')}{' '}
        <Button size="xs" variant="light" onClick={() => members.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (members.isPending || me.isPending) return <PagePlaceholder />;
  if (!memberRecord && members.data.restricted) {
    return (
      <Alert color="orange" title="Not allowed for this key" role="alert">
        This API key does not have the right to see or delete other members’ entries — only its owner’s own. Connect with a
        workspace admin’s or team manager’s key to manage this person.{' '}
        <Button size="xs" variant="light" onClick={() => navigate(`/w/${workspaceId}/u/${me.data?.id ?? ''}`)}>
          Show my own entries
        </Button>
      </Alert>
    );
  }
  if (!memberRecord) {
    return (
      <Alert color="yellow" title="Member not found">
        Nobody with this id is a member of this workspace you can see. Pick someone from the list.
        <MemberPicker members={members.data.members} restricted={members.data.restricted} value="" onChange={(id) => navigate(`/w/${workspaceId}/u/${id}`)} />
      </Alert>
    );
  }

  const picker = (
    <MemberPicker
      members={members.data.members}
      restricted={members.data.restricted}
      access={access.data}
      value={userId}
      onChange={(id) => navigate(`/w/${workspaceId}/u/${id}?${search.toString()}`)}
    />
  );
  if (forbidden) {
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {memberRecord.name}’s time entries
        </Title>
        <Alert color="orange" title="Not visible to this key" role="alert">
          Your key ({roleLabel(myRoles)}) may not see {memberRecord.name}’s entries or timer: in Clockify{' '}
          {myRoles.includes('TEAM_MANAGER') ? 'a team manager sees only their own team' : 'only owners, admins and team managers see other people'}.
          Pick someone you manage, or connect with a workspace admin’s key.
        </Alert>
        {picker}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {memberRecord.name}’s time entries
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Days and times in {timeZone}
            </Text>
            <Badge size="sm" variant="light">
              {workspace?.name ?? 'Workspace'}
            </Badge>
          </Group>
        </div>
        {picker}
      </Group>
      <RunningTimerCard
        workspaceId={workspaceId}
        member={{ id: userId, name: memberRecord.name, timeZone, weekStart }}
        lockDate={lockDate}
        catalog={names.catalog}
      />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <RangeBar from={params.from} to={params.to} timeZone={timeZone} weekStart={weekStart} onChange={(r) => changeParams(r)} />
        <FiltersBar catalog={names.catalog} project={params.project} q={params.q} onChange={(p) => changeParams(p)} />
      </Group>
      <CatalogAlert failed={names.failed} error={names.error} retrying={names.retrying} onRetry={names.retry} />
      <Group justify="space-between" aria-live="polite">
        <Text size="sm" data-testid="range-summary">
          {!loaded
            ? 'Loading entries…'
            : (
              <>
                {grouped.entries.length.toLocaleString('en-US')} {grouped.entries.length === 1 ? 'entry' : 'entries'} · total{' '}
                {/* Ticks while a timer runs: kept out of the live region so it is not read out every minute. */}
                <span aria-live="off">
                  <LiveTotal seconds={grouped.totalSeconds} since={grouped.runningSince} />
                </span>
              </>
            )}
        </Text>
        {loadingMore && !entries.isError && (
          <Group gap={6}>
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed" data-testid="load-progress">
              Loading {grouped.entries.length.toLocaleString('en-US')}
              {estimate ? ` of ~${estimate.toLocaleString('en-US')}` : ''}
            </Text>
          </Group>
        )}
      </Group>
      {entries.isError && (
        <Alert color="red" title="Could not load all entries" role="alert">
          {describeError(entries.error, 'load the entries')}
          {grouped.entries.length > 0 && ' The list below is incomplete.'}{' '}
          <Button size="xs" variant="light" onClick={() => entries.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {!loaded && !entries.isError && <ListPlaceholder />}
      {loaded && !loadingMore && !entries.isError && grouped.entries.length === 0 && !pendingHere && (
        <EmptyRange
          name={memberRecord.name}
          filtered={!!(params.project || params.q)}
          from={params.from}
          to={params.to}
          timeZone={timeZone}
          weekStart={weekStart}
          onPick={(r) => changeParams(r)}
        />
      )}
      <BulkDeleteArea
        workspaceId={workspaceId}
        member={{ id: userId, name: memberRecord.name, timeZone }}
        grouped={grouped}
        complete={!loadingMore && !entries.isPending && !entries.isError}
        catalog={names.catalog}
        selection={selection}
        selected={selected}
        cannotDelete={cannotDeleteReason(me.data?.id, myRoles, userId, memberRecord.name)}
        canEditLocked={canEditLocked}
        deletedBy={me.data ? { id: me.data.id, name: me.data.name || me.data.email } : undefined}
        workspaceName={workspace?.name}
      />
      <Modal opened={!!pendingChange} onClose={() => setPendingChange(null)} title="Change the filter?" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack gap="sm">
          <Text size="sm">
            {selectedCount.toLocaleString('en-US')} {selectedCount === 1 ? 'entry is' : 'entries are'} selected. Changing the range or
            filters clears the selection.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPendingChange(null)}>
              Keep selection
            </Button>
            <Button
              onClick={() => {
                selection.clear();
                setParams(pendingChange ?? {});
                setPendingChange(null);
              }}
            >
              Change and clear selection
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The page's shape in grey while the member's name and settings load. */
function PagePlaceholder() {
  return (
    <Stack gap="md" role="status" aria-label="Loading members">
      <Skeleton height={32} width="60%" maw={420} radius="sm" />
      <Skeleton height={14} width={220} radius="sm" />
      <Skeleton height={72} radius="md" />
      <ListPlaceholder />
    </Stack>
  );
}

/** Grey rows where the list will be: the range is still on its way. */
function ListPlaceholder() {
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
 * usual wider ranges are one click away (the default stays "This week": see the README).
 */
function EmptyRange(props: {
  name: string;
  filtered: boolean;
  from: string;
  to: string;
  timeZone: string;
  weekStart: string;
  onPick(range: { from: string; to: string }): void;
}) {
  const now = new Date();
  const offers = (['last-week', 'last-30-days'] as const)
    .map((p) => ({ p, range: presetRange(p, now, props.timeZone, props.weekStart) }))
    .filter(({ range }) => range.from !== props.from || range.to !== props.to);
  return (
    <Alert color="gray" title="No entries">
      <Text size="sm">
        {props.name} has no time entries{props.filtered ? ' matching these filters' : ''} between {formatDay(props.from)} and{' '}
        {formatDay(props.to)}.{offers.length ? ' Look further back:' : ' Try another range.'}
      </Text>
      {offers.length > 0 && (
        <Group gap="xs" mt="xs">
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

/** Explained up front rather than after a 403: who may delete this member's entries. */
function cannotDeleteReason(meId: string | undefined, myRoles: string[], memberId: string, memberName: string): string | null {
  if (!meId || meId === memberId) return null;
  if (myRoles.some((r) => r === 'OWNER' || r === 'WORKSPACE_ADMIN' || r === 'TEAM_MANAGER')) return null;
  return `Your key (${roleLabel(myRoles)}) may not delete ${memberName}’s entries: only workspace owners, admins and their team manager can. Connect with such a key to clean up.`;
}
