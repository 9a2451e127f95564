/** "Restore N time entries": what will be re-created, asked before anything is sent. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatDuration, formatInZone } from '../../lib/dates';
import type { BackupEntry } from './backup';

interface Props {
  entries: BackupEntry[];
  memberName: string;
  timeZone: string;
  onCancel(): void;
  onConfirm(): void;
}

export function RestoreDialog({ entries, memberName, timeZone, onCancel, onConfirm }: Props) {
  const n = entries.length;
  const starts = entries.map((e) => Date.parse(e.start));
  const seconds = entries.reduce((s, e) => s + (e.durationSeconds ?? 0), 0);
  const day = (t: number) => formatInZone(new Date(t), timeZone, 'EEE d MMM yyyy');
  const title = `Restore ${n.toLocaleString('en-US')} time ${n === 1 ? 'entry' : 'entries'}`;
  return (
    <Modal opened onClose={onCancel} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          <strong>{n.toLocaleString('en-US')}</strong> of {memberName}’s deleted entries, <strong>{formatDuration(seconds)}</strong> in all,
          from <strong>{n ? day(Math.min(...starts)) : '—'}</strong> to <strong>{n ? day(Math.max(...starts)) : '—'}</strong> ({timeZone}).
        </Text>
        <Text size="sm">
          They are re-created in Clockify as new entries with <strong>new ids</strong>. Entries that already exist with the same times
          and details are found first and skipped, so nothing is created twice.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button onClick={onConfirm} data-autofocus>
            Restore
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
