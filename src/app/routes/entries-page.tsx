import { Alert, Group, Stack } from '@mantine/core';
import { useCallbackRef } from '@mantine/hooks';
import { useParams } from 'react-router';
import { BulkDeleteArea } from '../../features/bulk-delete/bulk-delete-area';
import { cannotDeleteReason } from '../../features/bulk-delete/permissions';
import { canEditLockedEntries } from '../../features/bulk-delete/selection';
import { useBulkDelete } from '../../features/bulk-delete/use-bulk-delete';
import { EntriesList } from '../../features/entries/entries-list';
import { FiltersBar } from '../../features/entries/filters-bar';
import { RangeBar } from '../../features/entries/range-bar';
import { ListPlaceholder, RangeStatus } from '../../features/entries/range-status';
import { useEntriesList } from '../../features/entries/use-entries-list';
import { useEntriesParams, type EntriesUrlPatch } from '../../features/entries/use-entries-params';
import { RunningTimerCard } from '../../features/timer/running-timer-card';
import { useIdleAfter } from '../../lib/deferred';
import { useClient } from '../../session/connection-context';
import { CatalogAlert } from '../../shared/workspaces/catalog-alert';
import { MemberGate } from '../../shared/workspaces/member-gate';
import { useCatalog } from '../../shared/workspaces/use-catalog';
import { useMemberScope } from '../../shared/workspaces/use-member-scope';

/** One member's time entries: their running timer, the range and filters, the list, bulk delete. */
export function EntriesPage() {
  const { workspaceId = '', userId = '' } = useParams();
  const { client } = useClient();
  const scope = useMemberScope(workspaceId, userId);
  const { member, timeZone, weekStart, me, myRoles } = scope;
  const [params, setParams] = useEntriesParams(timeZone, weekStart);
  const range = { workspaceId, userId, from: params.from, to: params.to, project: params.project, q: params.q };
  // With the range in the URL the list needs nothing from the member record: start at once.
  const list = useEntriesList(client, range, timeZone, !!member || params.explicitRange);
  // Task names are asked for once the range is in and the page has painted it, not in its frame.
  const rangeShownIdle = useIdleAfter(!list.loadingMore && !list.query.isPending);
  const names = useCatalog(workspaceId, { loadTasks: rangeShownIdle });
  const name = member?.name ?? '';
  const bulk = useBulkDelete(
    {
      workspaceId,
      member: { id: userId, name, timeZone },
      canEditLocked: canEditLockedEntries(myRoles),
      cannotDelete: cannotDeleteReason(me.data?.id, myRoles, userId, name),
      deletedBy: me.data ? { id: me.data.id, name: me.data.name || me.data.email } : undefined,
      workspaceName: scope.workspace?.name,
      catalog: names.catalog,
      complete: list.complete,
    },
    list.group,
  );
  // The whole range is in (or will not come): the controls that wait for it (date picker,
  // searchable selects) load their code at the next idle moment. Until then each shows its
  // placeholder (`deferredComponent`'s `Deferred`), which does not ask for the code; pointing
  // at or focusing one asks at once. Loading them at the first idle moment after the first
  // rows instead put ~60 kB gzip of script and their first render in the middle of a large
  // range's stream: measured, "all loaded" came 65–80 ms later at 10,000 and 50,000 entries.
  const settled = list.complete || list.query.isError || !!scope.members.isError;
  /** Changing the range or filters drops a selection: asked first. */
  // Stable, so the memoized range and filter bars skip the renders of a streaming list.
  // A change to what is already shown (the pressed preset clicked again) changes nothing and
  // keeps the selection without asking.
  const change = useCallbackRef((patch: EntriesUrlPatch) => {
    if (Object.entries(patch).every(([k, v]) => (params[k as keyof EntriesUrlPatch] ?? null) === (v || null))) return;
    bulk.whenSelectionMayGo(() => setParams(patch));
  });

  return (
    <MemberGate scope={scope} error={list.query.error} placeholder={<ListPlaceholder />} ready={settled} beforeMemberChange={bulk.whenSelectionMayGo}>
      {(m, heading) => (
        <Stack gap="md">
          {heading}
          <RunningTimerCard workspaceId={workspaceId} member={{ id: userId, name: m.name, timeZone, weekStart }} lockDate={scope.lockDate} catalog={names.catalog} />
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <RangeBar from={params.from} to={params.to} timeZone={timeZone} weekStart={weekStart} onChange={change} ready={settled} />
            <FiltersBar catalog={names.catalog} project={params.project} q={params.q} onChange={change} ready={settled} declined={bulk.declinedChanges} />
          </Group>
          {params.ignoredRange && (
            <Alert color="yellow" title="The link’s range could not be read">
              It asks for the days from “{params.ignoredRange.from ?? ''}” to “{params.ignoredRange.to ?? ''}”: that is not two calendar days
              (yyyy-mm-dd), the first on or before the second. Showing this week instead; pick a range above.
            </Alert>
          )}
          <CatalogAlert failed={names.failed} error={names.error} retrying={names.retrying} onRetry={names.retry} />
          <RangeStatus list={list} grouped={bulk.grouped} name={m.name} range={params} timeZone={timeZone} weekStart={weekStart} pending={bulk.pending} onPick={change} />
          <Stack gap="sm">
            <BulkDeleteArea bulk={bulk} />
            <EntriesList grouped={bulk.grouped} timeZone={timeZone} catalog={names.catalog} selection={bulk.listSelection} />
          </Stack>
        </Stack>
      )}
    </MemberGate>
  );
}

export { prefetchFirstScreen } from './entries-first-screen';
