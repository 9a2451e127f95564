import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { describeError } from '../../clockify/errors';
import type { TimeEntry } from '../../clockify/schemas';
import { formatElapsed, formatInZone, formatDuration } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { useOpenerFocus } from '../../lib/use-opener-focus';
import { useClient } from '../../session/connection-context';
import { ProjectLabel } from '../../shared/workspaces/project-label';
import type { Catalog } from '../../shared/workspaces/api';
import { timerQueries, useStopTimer } from './api';
import { StopTimerDialog } from './lazy';
import { StopOutcomeAlert } from './stop-outcome-alert';

interface Props {
  workspaceId: string;
  member: { id: string; name: string; timeZone: string; weekStart?: string };
  lockDate: Date | null;
  catalog: Catalog | undefined;
}

export function RunningTimerCard({ workspaceId, member, lockDate, catalog }: Props) {
  const { client, connection } = useClient();
  const running = useQuery(timerQueries.running(client, workspaceId, member.id));
  const stop = useStopTimer(client, workspaceId, connection.userName ?? connection.label);
  const [dialogOpen, setDialogOpen] = useState(false);
  // Focus goes back to "Stop timer" when the dialog closes, or to this card once the timer is
  // stopped (its button gone), where the outcome is said.
  const card = useRef<HTMLElement>(null);
  const openerFocus = useOpenerFocus(() => card.current);
  // The page keeps this card mounted when the member changes: a stop's outcome (success,
  // "already stopped", refusal) belongs to the member it was for, not to whoever is shown now.
  const stopIsForMember = stop.variables?.entry.userId === member.id;
  const pending = stop.isPending && stopIsForMember ? stop.variables : null;
  const result = stop.isSuccess && stopIsForMember ? stop.data : null;
  const failedEntry = result && result.kind !== 'stopped' ? stop.variables?.entry : undefined;
  // Never show "running" again before knowing: while the stop is out, and while a failed
  // stop is being checked, the card says so instead of showing the old timer.
  const checking = !!failedEntry && running.isFetching;
  const entry = pending || checking ? null : (running.data ?? null);
  const now = useNow(1000, !!entry);
  const elapsed = entry ? (now.getTime() - entry.start.getTime()) / 1000 : 0;

  useEffect(() => {
    if (!entry) return;
    const previous = document.title;
    document.title = `▶ ${formatElapsed(elapsed)} · ${member.name}`;
    return () => void (document.title = previous);
  });

  const stopAtEnd = (e: TimeEntry, end: Date) => stop.mutate({ entry: e, end, memberName: member.name });

  return (
    <Card withBorder padding="md" aria-label="Running timer" component="section" ref={card} tabIndex={-1}>
      {running.isPending && !pending ? (
        <Group gap="xs">
          <Loader size="xs" aria-label="Checking the running timer" />
          <Text size="sm">Checking for a running timer…</Text>
        </Group>
      ) : running.isError && !pending && !result ? (
        <Alert color="red" title="Could not check the running timer">
          {describeError(running.error, 'check the running timer')}{' '}
          <Button size="xs" variant="light" onClick={() => running.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : entry ? (
        <Group justify="space-between" align="center" wrap="wrap">
          <Stack gap={2} miw={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              Running timer
            </Text>
            <Text fw={600} truncate="end">
              {entry.description || '(no description)'}
            </Text>
            <ProjectLabel projectId={entry.projectId} catalog={catalog} />
            <Text size="sm" c="dimmed">
              Started {formatInZone(entry.start, member.timeZone, 'EEE d MMM, HH:mm')} ({member.timeZone})
            </Text>
          </Stack>
          <Group gap="md">
            <Text ff="monospace" fz={28} fw={600} aria-label={`Elapsed ${formatElapsed(elapsed)}`} data-testid="elapsed">
              {formatElapsed(elapsed)}
            </Text>
            <Button
              color="red"
              onClick={() => {
                openerFocus.remember();
                setDialogOpen(true);
              }}
            >
              Stop timer
            </Button>
          </Group>
        </Group>
      ) : (
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Running timer
          </Text>
          <Text size="sm" data-testid="timer-state">
            {pending
              ? `Stopping at ${formatInZone(pending.end, member.timeZone, 'HH:mm:ss')} — saving…`
              : checking
                ? 'The stop did not go through: checking whether the timer is still running…'
                : result?.kind === 'stopped'
                  ? `Timer stopped at ${formatInZone(result.end, member.timeZone, 'HH:mm:ss')} (${formatDuration(result.entry.durationSeconds)}).`
                  : `${member.name} has no timer running.`}
          </Text>
        </Stack>
      )}
      {result && result.kind !== 'stopped' && failedEntry && (
        <StopOutcomeAlert
          mt="sm"
          result={result}
          timeZone={member.timeZone}
          check={{ fetching: running.isFetching, failed: running.isError, stillRunning: running.data?.id === failedEntry.id }}
          onRetry={() => stopAtEnd(failedEntry, result.end)}
        />
      )}
      {entry && dialogOpen && (
        <Suspense fallback={null}>
          <StopTimerDialog
            opened={dialogOpen}
            onClose={() => {
              setDialogOpen(false);
              openerFocus.restore();
            }}
            entry={entry}
            memberName={member.name}
            timeZone={member.timeZone}
            weekStart={member.weekStart}
            lockDate={lockDate}
            onStop={(end) => {
              setDialogOpen(false);
              openerFocus.restore();
              stopAtEnd(entry, end);
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
