import '@mantine/core/styles/Table.css';
/** Loaded on demand. The summary a manager reads before anything is destroyed. */
import { Alert, Button, Group, List, Modal, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import { formatDuration, formatInZone } from '../../lib/dates';
import type { Catalog } from '../../shared/workspaces/api';
import { readUndoSeconds, UNDO_CHOICES, writeUndoSeconds } from './undo-setting';

export const TYPE_TO_CONFIRM_ABOVE = 100;

/** "1,612", "1 612", "1.612" and "1612" all mean 1612: the count with or without separators. */
export function typedCount(value: string): number | null {
  const digits = value.trim().replace(/[\s,.'’\u00a0\u202f]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

export interface ConfirmDeleteDialogProps {
  opened: boolean;
  entries: TimeEntry[];
  excluded: { locked: number; running: number };
  memberName: string;
  timeZone: string;
  catalog: Catalog | undefined;
  onCancel(): void;
  onConfirm(): void;
}

const SHOWN_LOCKED = 10;

export function ConfirmDeleteDialog({ opened, entries, excluded, memberName, timeZone, catalog, onCancel, onConfirm }: ConfirmDeleteDialogProps) {
  const [typed, setTyped] = useState('');
  const [undoSeconds, setUndoSeconds] = useState(readUndoSeconds);
  const locked = useMemo(() => entries.filter((e) => e.isLocked), [entries]);
  const n = entries.length;
  const summary = useMemo(() => {
    let total = 0;
    let first = Infinity;
    let last = -Infinity;
    const perProject = new Map<string | null, { count: number; seconds: number }>();
    for (const e of entries) {
      total += e.durationSeconds ?? 0;
      first = Math.min(first, e.start.getTime());
      last = Math.max(last, e.start.getTime());
      const p = perProject.get(e.projectId) ?? { count: 0, seconds: 0 };
      p.count += 1;
      p.seconds += e.durationSeconds ?? 0;
      perProject.set(e.projectId, p);
    }
    const rows = [...perProject.entries()]
      .map(([id, v]) => ({ id, name: id ? catalog?.projects.get(id)?.name ?? 'Unknown project' : 'No project', ...v }))
      .sort((a, b) => b.seconds - a.seconds);
    return { total, first: new Date(first), last: new Date(last), rows };
  }, [entries, catalog]);
  const needsTyping = n > TYPE_TO_CONFIRM_ABOVE;
  const canDelete = n > 0 && (!needsTyping || typedCount(typed) === n);
  const title = `Delete ${n.toLocaleString('en-US')} time ${n === 1 ? 'entry' : 'entries'}`;

  return (
    <Modal opened={opened} onClose={onCancel} title={title} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          <strong>{n.toLocaleString('en-US')}</strong> of {memberName}’s entries, <strong>{formatDuration(summary.total)}</strong> in
          all, from <strong>{n ? formatInZone(summary.first, timeZone, 'EEE d MMM yyyy') : '—'}</strong> to{' '}
          <strong>{n ? formatInZone(summary.last, timeZone, 'EEE d MMM yyyy') : '—'}</strong>.
        </Text>
        <Table aria-label="Totals per project" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Project</Table.Th>
              <Table.Th ta="right">Entries</Table.Th>
              <Table.Th ta="right">Duration</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.rows.map((r) => (
              <Table.Tr key={r.id ?? 'none'}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">{r.count}</Table.Td>
                <Table.Td ta="right">{formatDuration(r.seconds)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {(excluded.locked > 0 || excluded.running > 0) && (
          <Text size="sm" c="dimmed">
            Not included: {excluded.locked > 0 ? `${excluded.locked} locked` : ''}
            {excluded.locked > 0 && excluded.running > 0 ? ' and ' : ''}
            {excluded.running > 0 ? `${excluded.running} running` : ''} {excluded.locked + excluded.running === 1 ? 'entry' : 'entries'}.
          </Text>
        )}
        {locked.length > 0 && (
          <Alert color="orange" p="xs" title={`${locked.length.toLocaleString('en-US')} ${locked.length === 1 ? 'entry is' : 'entries are'} in the locked period`}>
            <Text size="sm">
              They are before the workspace lock date. Your key is an owner’s or workspace admin’s, which Clockify allows to delete them.
            </Text>
            <List size="sm" aria-label="Locked entries in this deletion">
              {locked.slice(0, SHOWN_LOCKED).map((e) => (
                <List.Item key={e.id}>
                  {formatInZone(e.start, timeZone, 'EEE d MMM yyyy HH:mm')} — {e.description || '(no description)'}
                </List.Item>
              ))}
            </List>
            {locked.length > SHOWN_LOCKED && <Text size="sm">…and {locked.length - SHOWN_LOCKED} more.</Text>}
          </Alert>
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label="Undo time"
            w={140}
            value={String(undoSeconds)}
            data={UNDO_CHOICES.map((s) => ({ value: String(s), label: `${s} seconds` }))}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              setUndoSeconds(v);
              writeUndoSeconds(v);
            }}
          />
          <Text size="sm" c="dimmed" style={{ flex: '1 1 220px' }}>
            Nothing is sent for {undoSeconds} seconds (paused while you point at or focus the message). A backup is saved in this browser
            first; restoring re-creates the entries with new ids.
          </Text>
        </Group>
        {needsTyping && (
          <TextInput
            label={`Type ${n} to confirm`}
            description={typed && typedCount(typed) !== n ? `That is not ${n.toLocaleString('en-US')}.` : undefined}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" disabled={!canDelete} onClick={onConfirm}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
