import '@mantine/core/styles/Table.css';
/** What one deletion removed, entry by entry, with a checkbox for a partial restore. */
import { Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { formatDuration, formatInZone } from '../../lib/dates';
import type { BackupEntry, DeletionRecord } from './backup';

interface Props {
  record: DeletionRecord;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
}

export function entryStatus(record: DeletionRecord, e: BackupEntry): 'restored' | 'not-deleted' | 'deleted' {
  if (record.restored[e.id]) return 'restored';
  return record.deletedIds.includes(e.id) ? 'deleted' : 'not-deleted';
}

const STATUS_LABEL = { restored: 'Restored', 'not-deleted': 'Not deleted', deleted: 'Deleted' } as const;

export function HistoryEntries({ record, selected, onToggle }: Props) {
  const when = (e: BackupEntry) =>
    `${formatInZone(new Date(e.start), record.timeZone, 'EEE d MMM yyyy, HH:mm')}${e.end ? `–${formatInZone(new Date(e.end), record.timeZone, 'HH:mm')}` : ''}`;
  const box = (e: BackupEntry, status: ReturnType<typeof entryStatus>) => (
    <Checkbox
      aria-label={`Restore ${e.description || '(no description)'} ${when(e)}`}
      checked={selected.has(e.id)}
      disabled={status !== 'deleted'}
      onChange={() => onToggle(e.id)}
    />
  );
  const project = (e: BackupEntry) => e.projectName ?? (e.projectId ? 'Project (name not saved)' : 'No project');
  return (
    <>
      {/* Phones: one card per entry, nothing to scroll sideways. */}
      <Stack gap={6} hiddenFrom="sm" aria-label={`Entries of this deletion (${record.timeZone})`} role="list">
        {record.entries.map((e) => {
          const status = entryStatus(record, e);
          return (
            <Paper withBorder p="xs" key={e.id} role="listitem">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                {box(e, status)}
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {e.description || '(no description)'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {when(e)} · {formatDuration(e.durationSeconds)} · {project(e)} · {STATUS_LABEL[status]}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Table.ScrollContainer minWidth={560} visibleFrom="sm">
      <Table aria-label={`Entries of this deletion (${record.timeZone})`} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <span className="visually-hidden">Restore</span>
            </Table.Th>
            <Table.Th>When ({record.timeZone})</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Project</Table.Th>
            <Table.Th ta="right">Duration</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {record.entries.map((e) => {
            const status = entryStatus(record, e);
            return (
              <Table.Tr key={e.id}>
                <Table.Td>{box(e, status)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{when(e)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.description || '(no description)'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{project(e)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatDuration(e.durationSeconds)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{STATUS_LABEL[status]}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
    </>
  );
}
