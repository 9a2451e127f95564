import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import { Alert, Button, Card, Checkbox, Group, Loader, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { describeError } from '../../clockify/errors';
import { formatInZone } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { useOpenerFocus } from '../../lib/use-opener-focus';
import { meQuery } from '../../session/me-query';
import { useClient } from '../../session/connection-context';
import { roleLabel, workspaceQueries } from '../../shared/workspaces/api';
import { timerQueries } from './api';
import { StopTimerDialog } from './lazy';
import { StopOutcomeAlert } from './stop-outcome-alert';
import { TeamTimersList, type TimerRowModel } from './team-timers-list';
import { isThreshold, THRESHOLD_MAX, THRESHOLD_MIN, useThreshold } from './over-threshold';
import { sortTimers, SORT_LABELS, type TimerSort } from './sort-timers';
import { useRowStops } from './use-row-stops';

const BulkStopDialog = lazy(() => import('./bulk-stop-dialog').then((m) => ({ default: m.BulkStopDialog })));

/**
 * Every running timer the key may see: an inbox for forgotten timers. Long ones are flagged
 * and sorted first; one or many can be stopped, each at an exact end in its member's zone.
 */
export function TeamTimers({ workspaceId }: { workspaceId: string }) {
  const { client, connection } = useClient();
  const running = useQuery(timerQueries.team(client, workspaceId));
  const members = useQuery(workspaceQueries.members(client, workspaceId));
  const workspaces = useQuery(workspaceQueries.all(client));
  const catalog = useQuery(workspaceQueries.catalog(client, workspaceId));
  const me = useQuery(meQuery(client));
  const by = connection.userName ?? me.data?.name ?? connection.label;
  const rowStops = useRowStops(client, workspaceId, by);
  const [threshold, setThreshold] = useThreshold(workspaceId);
  const [onlyOver, setOnlyOver] = useState(false);
  const [sort, setSort] = useState<TimerSort>('elapsed-desc');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [stopping, setStopping] = useState<TimerRowModel | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  // The stop dialogs mount only while open: focus goes back by hand to the button that opened
  // one, or to the list of timers once that button is gone (a stopped row) or disabled.
  const list = useRef<HTMLDivElement>(null);
  const openerFocus = useOpenerFocus(() => list.current);
  const asCards = useMediaQuery('(max-width: 48em)') ?? false;
  const now = useNow(1000, (running.data?.length ?? 0) > 0);
  const lockDate = workspaces.data?.find((w) => w.id === workspaceId)?.workspaceSettings.lockTimeEntries ?? null;
  const myRoles = members.data?.members.find((m) => m.id === me.data?.id)?.roles ?? [];
  const mayChangeLocked = myRoles.includes('OWNER') || myRoles.includes('WORKSPACE_ADMIN');
  const seesEveryone = mayChangeLocked && !members.data?.restricted;

  const allRows = useMemo<TimerRowModel[]>(() => {
    const byId = new Map(members.data?.members.map((m) => [m.id, m]));
    return (running.data ?? []).map((entry) => {
      const m = byId.get(entry.userId);
      const elapsedSeconds = Math.max(0, (now.getTime() - entry.start.getTime()) / 1000);
      return {
        entry,
        memberName: m?.name || m?.email || 'Unknown member',
        email: m?.email ?? '',
        timeZone: m?.settings.timeZone ?? 'UTC',
        weekStart: m?.settings.weekStart ?? 'MONDAY',
        elapsedSeconds,
        over: elapsedSeconds > threshold * 3600,
        locked: !!lockDate && entry.start < lockDate,
      };
    });
  }, [running.data, members.data, now, threshold, lockDate]);
  const rows = sortTimers(onlyOver ? allRows.filter((r) => r.over) : allRows, sort);
  const selectedRows = allRows.filter((r) => selected.has(r.entry.id));
  const latest = rowStops.latest;
  const latestRow = latest ? allRows.find((r) => r.entry.id === latest.entry.id) : undefined;

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      rows.forEach((r) => (on ? next.add(r.entry.id) : next.delete(r.entry.id)));
      return next;
    });

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Team timers
      </Title>
      <Text size="sm" c="dimmed">
        Timers running right now in this workspace, longest first. Select forgotten ones and stop them together, each at an end in
        its member’s own time zone.
      </Text>
      {!seesEveryone && members.isSuccess && me.isSuccess && (
        <Alert color="blue" title="What this key can see">
          {myRoles.includes('TEAM_MANAGER')
            ? `This key (${roleLabel(myRoles)}) sees the running timers of your team and your own, not everyone’s in the workspace.`
            : `This key (${roleLabel(myRoles)}) sees only its own running timer, not other people’s. Connect with an admin’s key to see every timer.`}
        </Alert>
      )}
      {latest?.status === 'done' && latest.result.kind === 'stopped' && (
        <Alert color="green" role="status" title="Timer stopped">
          {latest.memberName}’s timer stopped at {formatInZone(latest.result.end, zoneOfStop(latest, allRows, members.data?.members), 'HH:mm:ss')} (
          {zoneOfStop(latest, allRows, members.data?.members)}).
        </Alert>
      )}
      {latest?.status === 'done' && latest.result.kind !== 'stopped' && (
        <StopOutcomeAlert
          result={latest.result}
          timeZone={zoneOfStop(latest, allRows, members.data?.members)}
          check={{ fetching: running.isFetching, failed: running.isError, stillRunning: !!latestRow }}
          onRetry={() => void rowStops.stop(latest.entry, latest.end, latest.memberName)}
        />
      )}
      <Group gap="md" align="flex-end" wrap="wrap">
        <ThresholdInput key={workspaceId} threshold={threshold} onChange={setThreshold} />
        <Checkbox label={`Only over ${threshold} h`} checked={onlyOver} onChange={(e) => setOnlyOver(e.currentTarget.checked)} size="md" mb={8} />
        <Select
          label="Sort by"
          data={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))}
          value={sort}
          onChange={(v) => v && setSort(v as TimerSort)}
          allowDeselect={false}
          w={220}
        />
        <Button
          color="red"
          disabled={selectedRows.length === 0 || members.isPending}
          onClick={() => {
            openerFocus.remember();
            setBulkOpen(true);
          }}
          mb={2}
        >
          Stop selected
        </Button>
      </Group>
      <Card withBorder p={asCards ? 'xs' : 0} ref={list} tabIndex={-1}>
        {running.isPending ? (
          <Group p="md">
            <Loader size="sm" aria-label="Loading running timers" />
          </Group>
        ) : running.isError ? (
          <Alert color="red" title="Could not load running timers" m="md">
            {describeError(running.error, 'load the running timers')}{' '}
            <Button size="xs" variant="light" onClick={() => running.refetch()}>
              Try again
            </Button>
          </Alert>
        ) : rows.length === 0 ? (
          <Text p="md">
            {allRows.length > 0
              ? `No timer has run longer than ${threshold} h.`
              : seesEveryone || !members.isSuccess
                ? 'No timers are running.'
                : 'None of the timers this key can see is running.'}
          </Text>
        ) : (
          <TeamTimersList
            rows={rows}
            workspaceId={workspaceId}
            catalog={catalog.data}
            thresholdHours={threshold}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            stops={rowStops.stops}
            onStop={(row) => {
              openerFocus.remember();
              setStopping(row);
            }}
            stopDisabled={members.isPending}
            asCards={asCards}
          />
        )}
      </Card>
      {stopping && (
        <Suspense fallback={null}>
          <StopTimerDialog
            opened
            onClose={() => {
              setStopping(null);
              openerFocus.restore();
            }}
            entry={stopping.entry}
            memberName={stopping.memberName}
            timeZone={stopping.timeZone}
            weekStart={stopping.weekStart}
            lockDate={lockDate}
            onStop={(end) => {
              const row = stopping;
              setStopping(null);
              openerFocus.restore();
              void rowStops.stop(row.entry, end, row.memberName);
            }}
          />
        </Suspense>
      )}
      {bulkOpen && (
        <Suspense fallback={null}>
          <BulkStopDialog
            timers={selectedRows}
            lockDate={lockDate}
            mayChangeLocked={mayChangeLocked}
            by={by}
            catalog={catalog.data}
            onSent={(stillSelected) => setSelected(new Set(stillSelected))}
            onClose={() => {
              setBulkOpen(false);
              openerFocus.restore();
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}

/**
 * The flag threshold as typed: a value in range applies at once; one out of range (1000, 0) is
 * said to be, and the flags keep the last good one, instead of the field showing one number
 * while the badges use another.
 */
function ThresholdInput({ threshold, onChange }: { threshold: number; onChange(hours: number): void }) {
  const [draft, setDraft] = useState<number | string>(threshold);
  const valid = typeof draft === 'number' && isThreshold(draft);
  return (
    <NumberInput
      label="Flag timers over (hours)"
      value={draft}
      min={THRESHOLD_MIN}
      max={THRESHOLD_MAX}
      clampBehavior="none"
      step={1}
      w={210}
      error={valid ? undefined : `Between ${THRESHOLD_MIN} and ${THRESHOLD_MAX} hours; flags use ${threshold} h`}
      onChange={(v) => {
        setDraft(v);
        // Out of range is refused where the setting is kept (useThreshold).
        if (typeof v === 'number') onChange(v);
      }}
    />
  );
}

function zoneOfStop(
  stop: { entry: { userId: string } },
  rows: TimerRowModel[],
  members: Array<{ id: string; settings: { timeZone: string } }> | undefined,
): string {
  return rows.find((r) => r.entry.userId === stop.entry.userId)?.timeZone ?? members?.find((m) => m.id === stop.entry.userId)?.settings.timeZone ?? 'UTC';
}
