/** Loaded on demand: the date-time picker and its CSS are not in the initial bundle. */
import '@mantine/dates/styles.css';
import { Alert, Button, Code, Collapse, Group, Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { TimeEntry } from '../../clockify/schemas';
import {
  browserTimeZone,
  dateToPickerValue,
  dayKeyInZone,
  endOfDayInZone,
  formatDuration,
  formatInZone,
  toWireInstant,
  truncateToSecond,
  weekStartDay,
} from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { StopEndPicker } from './stop-end-picker';
import { parseStopEnd, stopFormSchema, stopWarnings, type StopFormResult, type StopFormValues } from './stop-schema';

export interface StopTimerDialogProps {
  opened: boolean;
  onClose(): void;
  entry: TimeEntry;
  memberName: string;
  timeZone: string;
  /** The member's `settings.weekStart` (`MONDAY`…): the calendar's first column. */
  weekStart?: string;
  lockDate: Date | null;
  onStop(end: Date): void;
}

const TAP = { mih: 40 };

export function StopTimerDialog(props: StopTimerDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Stop running timer" size="lg" closeButtonProps={{ 'aria-label': 'Close', size: 'xl' }}>
      {props.opened && <StopTimerForm {...props} />}
    </Modal>
  );
}

function StopTimerForm({ entry, memberName, timeZone, weekStart, lockDate, onStop, onClose }: StopTimerDialogProps) {
  const ctx = useMemo(() => ({ start: entry.start, timeZone, lockDate, now: () => new Date() }), [entry.start, timeZone, lockDate]);
  const schema = useMemo(() => stopFormSchema(ctx), [ctx]);
  const form = useForm<StopFormValues, unknown, StopFormResult>({
    resolver: zodResolver(schema),
    defaultValues: { end: dateToPickerValue(truncateToSecond(new Date()), timeZone) },
    mode: 'onChange',
  });
  // Re-render every second: "now" moves, and with it what the schema accepts.
  const now = useNow(1000);
  const value = useWatch({ control: form.control, name: 'end' });
  const end = parseStopEnd(schema, value);
  const warnings = stopWarnings(end, ctx);

  const pickerValue = (d: Date) => dateToPickerValue(truncateToSecond(d), timeZone);
  const setEnd = (d: Date) => form.setValue('end', pickerValue(d), { shouldValidate: true });
  const accepted = (d: Date) => parseStopEnd(schema, pickerValue(d)) !== null;
  const plus8 = new Date(entry.start.getTime() + 8 * 3600_000);
  const endOfStartDay = endOfDayInZone(entry.start, timeZone);

  return (
    <form onSubmit={form.handleSubmit((v) => onStop(v.end))} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {memberName}’s timer “{entry.description || '(no description)'}” started{' '}
          <strong>{formatInZone(entry.start, timeZone, 'EEE d MMM, HH:mm:ss')}</strong> ({timeZone}).
        </Text>
        <Controller
          control={form.control}
          name="end"
          render={({ field, fieldState }) => (
            <StopEndPicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              timeZone={timeZone}
              firstDayOfWeek={weekStartDay(weekStart)}
              firstDay={dayKeyInZone(entry.start, timeZone)}
              lastDay={dayKeyInZone(now, timeZone)}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group gap="xs" aria-label="Quick choices" role="group">
          <Button size="xs" {...TAP} variant="light" onClick={() => setEnd(new Date())}>
            Now
          </Button>
          <Button
            size="xs"
            {...TAP}
            variant="light"
            disabled={!accepted(plus8)}
            onClick={() => setEnd(plus8)}
            title={accepted(plus8) ? undefined : 'Start + 8 h is still in the future'}
          >
            Start + 8 h
          </Button>
          <Button
            size="xs"
            {...TAP}
            variant="light"
            disabled={!accepted(endOfStartDay)}
            onClick={() => setEnd(endOfStartDay)}
            title={accepted(endOfStartDay) ? undefined : 'The start day has not ended yet'}
          >
            End of the start day
          </Button>
        </Group>
        <StopPreview start={entry.start} end={end} timeZone={timeZone} />
        {warnings.map((w) => (
          <Alert key={w} color="yellow" role="status" p="xs">
            {w}
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button variant="default" {...TAP} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" {...TAP}>
            Stop timer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the stop will do, read from the schema's output; the raw request behind a disclosure. */
function StopPreview({ start, end, timeZone }: { start: Date; end: Date | null; timeZone: string }) {
  const [detailsOpen, setDetailsOpen] = useState(false);
  const detailsId = useId();
  const mine = browserTimeZone();
  return (
    <Stack gap={4} aria-live="polite" data-testid="stop-preview">
      <Text size="sm">
        Duration: <strong>{end ? formatDuration((end.getTime() - start.getTime()) / 1000) : '—'}</strong>
      </Text>
      {end && (
        <>
          <Text size="xs" c="dimmed">
            = {formatInZone(end, timeZone, 'EEE d MMM yyyy, HH:mm:ss')} in {timeZone} (member)
            {mine !== timeZone ? ` · ${formatInZone(end, mine, 'EEE d MMM, HH:mm:ss')} your time (${mine})` : ''}
          </Text>
          <div>
            <Button
              variant="subtle"
              size="compact-xs"
              px={4}
              {...TAP}
              leftSection={<span aria-hidden>{detailsOpen ? '▾' : '▸'}</span>}
              aria-expanded={detailsOpen}
              aria-controls={detailsId}
              onClick={() => setDetailsOpen((o) => !o)}
            >
              Request details
            </Button>
            <Collapse expanded={detailsOpen} transitionDuration={0} keepMounted keepMountedMode="display-none" id={detailsId}>
              <Text size="sm">
                Will send <Code>{`{"end":"${toWireInstant(end)}"}`}</Code>
              </Text>
            </Collapse>
          </div>
        </>
      )}
    </Stack>
  );
}
