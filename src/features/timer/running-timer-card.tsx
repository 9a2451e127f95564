import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { describeError } from '../../clockify/errors';
import { formatElapsed, formatInZone, formatDuration } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { useClient } from '../connection/connection-context';
import { ProjectLabel } from '../entries/project-label';
import type { Catalog } from '../workspaces/api';
import { timerQueries, useStopTimer } from './api';
import { StopTimerDialog } from './lazy';
import { StopOutcomeAlert } from './stop-outcome-alert';

interface Props {
  workspaceId: string;
  member: { id: string; name: string; timeZone: string };
  lockDate: Date | null;
  catalog: Catalog | undefined;
}

export function RunningTimerCard({ workspaceId, member, lockDate, catalog }: Props) {
  const { client, connection } = useClient();
  const running = useQuery(timerQueries.running(connection.id, client, workspaceId, member.id));
  const stop = useStopTimer(connection.id, client, workspaceId);
  const [dialogOpen, setDialogOpen] = useState(false);
  const entry = running.data ?? null;
  const now = useNow(1000, !!entry);
  const elapsed = entry ? (now.getTime() - entry.start.getTime()) / 1000 : 0;

  useEffect(() => {
    if (!entry) return;
    const previous = document.title;
    document.title = `▶ ${formatElapsed(elapsed)} · ${member.name}`;
    return () => void (document.title = previous);
  });

  // The page keeps this card mounted when the member changes: a stop's outcome (success,
  // "already stopped", refusal) belongs to the member it was for, not to whoever is shown now.
  const stopIsForMember = stop.variables?.entry.userId === member.id;
  const stoppedEntry = stop.isSuccess && stopIsForMember ? stop.data : null;
  const stopError = stop.isError && stopIsForMember ? stop.error : null;

  return (
    <Card withBorder padding="md" aria-label="Running timer" component="section">
      {running.isPending ? (
        <Group gap="xs">
          <Loader size="xs" aria-label="Checking the running timer" />
          <Text size="sm">Checking for a running timer…</Text>
        </Group>
      ) : running.isError ? (
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
            <Button color="red" onClick={() => setDialogOpen(true)}>
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
            {stoppedEntry?.end
              ? `Timer stopped at ${formatInZone(stoppedEntry.end, member.timeZone, 'HH:mm:ss')} (${formatDuration(stoppedEntry.durationSeconds)}).`
              : stop.isPending && stopIsForMember
                ? 'Timer stopped — saving…'
                : `${member.name} has no timer running.`}
          </Text>
        </Stack>
      )}
      {stopError && (
        <StopOutcomeAlert
          mt="sm"
          error={stopError}
          check={{ fetching: running.isFetching, failed: running.isError, stillRunning: !!entry && entry.id === stop.variables?.entry.id }}
        />
      )}
      {entry && dialogOpen && (
        <Suspense fallback={null}>
          <StopTimerDialog
            opened={dialogOpen}
            onClose={() => setDialogOpen(false)}
            entry={entry}
            memberName={member.name}
            timeZone={member.timeZone}
            lockDate={lockDate}
            onStop={(end) => {
              setDialogOpen(false);
              stop.mutate({ entry, end });
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
