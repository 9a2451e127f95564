import '@mantine/core/styles/Table.css';
import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TimeEntry } from '../../clockify/schemas';
import { formatElapsed, formatInZone } from '../../lib/dates';
import { ProjectLabel } from '../../shared/workspaces/project-label';
import type { Catalog } from '../../shared/workspaces/api';
import type { RowStop } from './use-row-stops';

export interface TimerRowModel {
  entry: TimeEntry;
  memberName: string;
  email: string;
  timeZone: string;
  /** The member's week start: the stop picker's calendar starts on it. */
  weekStart: string;
  elapsedSeconds: number;
  over: boolean;
  locked: boolean;
}

interface Props {
  rows: TimerRowModel[];
  workspaceId: string;
  catalog: Catalog | undefined;
  thresholdHours: number;
  selected: ReadonlySet<string>;
  onToggle(entryId: string, on: boolean): void;
  onToggleAll(on: boolean): void;
  stops: Record<string, RowStop>;
  onStop(row: TimerRowModel): void;
  /** Members not loaded yet: the dialog would read ends in UTC, not the member's zone. */
  stopDisabled: boolean;
  /** Phones: one card per timer instead of a table row. */
  asCards: boolean;
}

function Flags({ row, thresholdHours }: { row: TimerRowModel; thresholdHours: number }) {
  return (
    <Group gap={4} wrap="wrap">
      {row.over && (
        <Badge color="red.9" variant="filled" size="sm">
          Over {thresholdHours} h
        </Badge>
      )}
      {row.locked && (
        <Badge color="gray" variant="light" size="sm" title="Started before the workspace lock date">
          Locked period
        </Badge>
      )}
    </Group>
  );
}

function RowAction({ row, stop, onStop, disabled }: { row: TimerRowModel; stop: RowStop | undefined; onStop(): void; disabled: boolean }) {
  if (stop?.status === 'pending') {
    return (
      <Text size="sm" c="dimmed">
        Stopping at {formatInZone(stop.end, row.timeZone, 'HH:mm:ss')}…
      </Text>
    );
  }
  return (
    <Button size="sm" color="red" variant="light" aria-label={`Stop timer of ${row.memberName}`} disabled={disabled} onClick={onStop}>
      Stop timer
    </Button>
  );
}

export function TeamTimersList(props: Props) {
  const { rows, workspaceId, catalog, thresholdHours, selected, onToggle, onToggleAll, stops, onStop, stopDisabled, asCards } = props;
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.entry.id));
  const someOn = rows.some((r) => selected.has(r.entry.id));
  const selectAll = (
    <Checkbox
      aria-label="Select all shown timers"
      checked={allOn}
      indeterminate={someOn && !allOn}
      onChange={(e) => onToggleAll(e.currentTarget.checked)}
      size="md"
    />
  );
  const memberLink = (row: TimerRowModel) => (
    <Anchor component={Link} to={`/w/${workspaceId}/u/${row.entry.userId}`} fw={600}>
      {row.memberName}
    </Anchor>
  );
  const select = (row: TimerRowModel) => (
    <Checkbox
      aria-label={`Select timer of ${row.memberName}`}
      checked={selected.has(row.entry.id)}
      onChange={(e) => onToggle(row.entry.id, e.currentTarget.checked)}
      size="md"
    />
  );
  const start = (row: TimerRowModel) => (
    <>
      {formatInZone(row.entry.start, row.timeZone, 'EEE d MMM, HH:mm')}
      <Text size="xs" c="dimmed">
        {row.timeZone}
      </Text>
    </>
  );

  if (asCards) {
    return (
      <Stack gap="sm">
        <Group gap="xs" px="xs">
          {selectAll}
          <Text size="sm">Select all shown</Text>
        </Group>
        <ul aria-label="Running timers" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 'var(--mantine-spacing-sm)' }}>
          {rows.map((row) => (
            <li key={row.entry.id} aria-label={`Timer of ${row.memberName}`}>
              <Card withBorder padding="sm">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  {select(row)}
                  <Stack gap={2} miw={0} style={{ flex: 1 }}>
                    {memberLink(row)}
                    <Text size="sm" lineClamp={2}>
                      {row.entry.description || '(no description)'}
                    </Text>
                    <ProjectLabel projectId={row.entry.projectId} catalog={catalog} />
                    <Text size="sm">Started {start(row)}</Text>
                    <Flags row={row} thresholdHours={thresholdHours} />
                  </Stack>
                </Group>
                <Group justify="space-between" mt="xs" wrap="nowrap">
                  <Text ff="monospace" fw={600}>
                    {formatElapsed(row.elapsedSeconds)}
                  </Text>
                  <RowAction row={row} stop={stops[row.entry.id]} onStop={() => onStop(row)} disabled={stopDisabled} />
                </Group>
              </Card>
            </li>
          ))}
        </ul>
      </Stack>
    );
  }

  return (
    <Table aria-label="Running timers" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>{selectAll}</Table.Th>
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
        {rows.map((row) => {
          const stop = stops[row.entry.id];
          return (
            <Table.Tr key={row.entry.id} aria-invalid={(stop?.status === 'done' && stop.result.kind === 'failed') || undefined}>
              <Table.Td>{select(row)}</Table.Td>
              <Table.Td>{memberLink(row)}</Table.Td>
              <Table.Td>{row.entry.description || '(no description)'}</Table.Td>
              <Table.Td>
                <ProjectLabel projectId={row.entry.projectId} catalog={catalog} />
              </Table.Td>
              <Table.Td>{start(row)}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {formatElapsed(row.elapsedSeconds)}
                </Text>
                <Flags row={row} thresholdHours={thresholdHours} />
              </Table.Td>
              <Table.Td>
                <RowAction row={row} stop={stop} onStop={() => onStop(row)} disabled={stopDisabled} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
