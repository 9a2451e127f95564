import { Alert, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../../clockify/errors';
import type { TimeEntry } from '../../clockify/schemas';
import { formatElapsed, formatInZone } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { useClient } from '../connection/connection-context';
import { ProjectLabel } from '../entries/project-label';
import { workspaceQueries } from '../workspaces/api';
import { timerQueries, useStopTimer } from './api';
import { StopTimerDialog } from './lazy';
import { StopOutcomeAlert } from './stop-outcome-alert';

/** Every running timer in the workspace the key may see, each stoppable with the same dialog. */
export function TeamTimersPage() {
  const { workspaceId = '' } = useParams();
  const { client, connection } = useClient();
  const running = useQuery(timerQueries.team(connection.id, client, workspaceId));
  const members = useQuery(workspaceQueries.members(connection.id, client, workspaceId));
  const workspaces = useQuery(workspaceQueries.all(connection.id, client));
  const catalog = useQuery(workspaceQueries.catalog(connection.id, client, workspaceId));
  const stop = useStopTimer(connection.id, client, workspaceId);
  const [stopping, setStopping] = useState<TimeEntry | null>(null);
  const now = useNow(1000, (running.data?.length ?? 0) > 0);
  const lockDate = workspaces.data?.find((w) => w.id === workspaceId)?.workspaceSettings.lockTimeEntries ?? null;

  const memberOf = (userId: string) => members.data?.members.find((m) => m.id === userId);
  const zoneOf = (userId: string) => memberOf(userId)?.settings.timeZone ?? 'UTC';
  const nameOf = (userId: string) => memberOf(userId)?.name ?? 'Unknown member';
  const failedFor = stop.isError ? stop.variables?.entry.id : null;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Team timers
      </Title>
      <Text size="sm" c="dimmed">
        Timers running right now in this workspace. Forgotten ones are easy to spot: sort by how long they have run.
      </Text>
      {stop.isSuccess && stop.data.end && (
        <Alert color="green" role="status" title="Timer stopped">
          {nameOf(stop.data.userId)}’s timer stopped at {formatInZone(stop.data.end, zoneOf(stop.data.userId), 'HH:mm:ss')} ({zoneOf(stop.data.userId)}).
        </Alert>
      )}
      {stop.isError && (
        <StopOutcomeAlert
          error={stop.error}
          check={{
            fetching: running.isFetching,
            failed: running.isError,
            stillRunning: !!running.data?.some((e) => e.id === stop.variables?.entry.id),
          }}
        />
      )}
      <Card withBorder p={0}>
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
        ) : running.data.length === 0 ? (
          <Text p="md">No timers are running.</Text>
        ) : (
          <Table aria-label="Running timers" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Member</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Project</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Elapsed</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...running.data]
                .sort((a, b) => a.start.getTime() - b.start.getTime())
                .map((e) => (
                  <Table.Tr key={e.id} aria-invalid={failedFor === e.id || undefined}>
                    <Table.Td>{nameOf(e.userId)}</Table.Td>
                    <Table.Td>{e.description || '(no description)'}</Table.Td>
                    <Table.Td>
                      <ProjectLabel projectId={e.projectId} catalog={catalog.data} />
                    </Table.Td>
                    <Table.Td>
                      {formatInZone(e.start, zoneOf(e.userId), 'EEE d MMM, HH:mm')}
                      <Text size="xs" c="dimmed">
                        {zoneOf(e.userId)}
                      </Text>
                    </Table.Td>
                    <Table.Td ff="monospace">{formatElapsed((now.getTime() - e.start.getTime()) / 1000)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        aria-label={`Stop timer of ${nameOf(e.userId)}`}
                        // Until the members are known the dialog would read the end in UTC, not the member's zone.
                        disabled={members.isPending}
                        onClick={() => setStopping(e)}
                      >
                        Stop timer
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {stopping && (
        <Suspense fallback={null}>
          <StopTimerDialog
            opened
            onClose={() => setStopping(null)}
            entry={stopping}
            memberName={nameOf(stopping.userId)}
            timeZone={zoneOf(stopping.userId)}
            lockDate={lockDate}
            onStop={(end) => {
              const entry = stopping;
              setStopping(null);
              stop.mutate({ entry, end });
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
