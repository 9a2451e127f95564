/** Loaded on demand: the date-time picker and its CSS are not in the initial bundle. */
import '@mantine/dates/styles.css';
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { TimeEntry } from '../../clockify/schemas';
import {
  browserTimeZone,
  dateToPickerValue,
  dayKeyInZone,
  endOfDayInZone,
  formatDuration,
  formatInZone,
  pickerValueToDate,
  toWireInstant,
  truncateToSecond,
} from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { stopFormSchema, stopWarnings, type StopFormValues } from './stop-schema';

export interface StopTimerDialogProps {
  opened: boolean;
  onClose(): void;
  entry: TimeEntry;
  memberName: string;
  timeZone: string;
  lockDate: Date | null;
  onStop(end: Date): void;
}

const PICKER_ARIA = {
  nextMonth: 'Next month',
  previousMonth: 'Previous month',
  nextYear: 'Next year',
  previousYear: 'Previous year',
  nextDecade: 'Next decade',
  previousDecade: 'Previous decade',
  monthLevelControl: 'Change month',
  yearLevelControl: 'Change year',
};

const END_PICKER_ID = 'stop-timer-end';

export function StopTimerDialog(props: StopTimerDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Stop running timer" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {props.opened && <StopTimerForm {...props} />}
    </Modal>
  );
}

function StopTimerForm({ entry, memberName, timeZone, lockDate, onStop, onClose }: StopTimerDialogProps) {
  const ctx = useMemo(() => ({ start: entry.start, timeZone, lockDate, now: () => new Date() }), [entry.start, timeZone, lockDate]);
  const schema = useMemo(() => stopFormSchema(ctx), [ctx]);
  const form = useForm<StopFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { end: dateToPickerValue(truncateToSecond(new Date()), timeZone) },
    mode: 'onChange',
  });
  const now = useNow(1000);
  const value = useWatch({ control: form.control, name: 'end' });
  const end = pickerValueToDate(value, timeZone);
  const endValid = !!end && end > entry.start && end.getTime() <= now.getTime() + 1000;
  const warnings = stopWarnings(end, ctx);
  const mine = browserTimeZone();

  const startOfTimerDayEnd = endOfDayInZone(entry.start, timeZone);
  const plus8 = new Date(entry.start.getTime() + 8 * 3600_000);
  const setEnd = (d: Date) => form.setValue('end', dateToPickerValue(truncateToSecond(d), timeZone), { shouldValidate: true });
  const inFuture = (d: Date) => d.getTime() > now.getTime();

  const submit = form.handleSubmit((v) => {
    const picked = pickerValueToDate(v.end, timeZone);
    if (picked) onStop(picked);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {memberName}’s timer “{entry.description || '(no description)'}” started{' '}
          <strong>{formatInZone(entry.start, timeZone, 'EEE d MMM, HH:mm:ss')}</strong> ({timeZone}).
        </Text>
        <Controller
          control={form.control}
          name="end"
          render={({ field, fieldState }) => (
            <DateTimePicker
              label="End time"
              description={`Wall-clock time in the member’s zone, ${timeZone}`}
              withSeconds
              valueFormat="DD MMM YYYY HH:mm:ss"
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              // Whole days only: Mantine clamps the picked time to min/max on close, which
              // would silently turn an end before the start or in the future into a valid
              // one. The schema below says what is wrong instead.
              minDate={`${dayKeyInZone(entry.start, timeZone)} 00:00:00`}
              maxDate={`${dayKeyInZone(now, timeZone)} 23:59:59`}
              error={fieldState.error?.message}
              ariaLabels={PICKER_ARIA}
              timePickerProps={{
                hoursInputLabel: 'Hours',
                minutesInputLabel: 'Minutes',
                secondsInputLabel: 'Seconds',
                'aria-label': 'Time',
              }}
              submitButtonProps={{ 'aria-label': 'Confirm end time' }}
              // The dropdown (role="dialog") is labelled by the popover target's id: make it the
              // input's own id so the dropdown is named "End time" too.
              id={END_PICKER_ID}
              popoverProps={{ withinPortal: true, id: END_PICKER_ID }}
            />
          )}
        />
        <Group gap="xs" aria-label="Quick choices" role="group">
          <Button size="xs" variant="light" onClick={() => setEnd(new Date())}>
            Now
          </Button>
          <Button size="xs" variant="light" disabled={inFuture(plus8)} onClick={() => setEnd(plus8)} title={inFuture(plus8) ? 'Start + 8 h is still in the future' : undefined}>
            Start + 8 h
          </Button>
          <Button
            size="xs"
            variant="light"
            disabled={inFuture(startOfTimerDayEnd)}
            onClick={() => setEnd(startOfTimerDayEnd)}
            title={inFuture(startOfTimerDayEnd) ? 'The start day has not ended yet' : undefined}
          >
            End of the start day
          </Button>
        </Group>
        <Stack gap={4} aria-live="polite" data-testid="stop-preview">
          <Text size="sm">
            Duration: <strong>{endValid && end ? formatDuration((end.getTime() - entry.start.getTime()) / 1000) : '—'}</strong>
          </Text>
          {endValid && end && (
            <>
              <Text size="sm">
                Will send <Code>{`{"end":"${toWireInstant(end)}"}`}</Code>
              </Text>
              <Text size="xs" c="dimmed">
                = {formatInZone(end, timeZone, 'EEE d MMM yyyy, HH:mm:ss')} in {timeZone} (member)
                {mine !== timeZone ? ` · ${formatInZone(end, mine, 'EEE d MMM, HH:mm:ss')} your time (${mine})` : ''}
              </Text>
            </>
          )}
        </Stack>
        {warnings.map((w) => (
          <Alert key={w} color="yellow" role="status" p="xs">
            {w}
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red">
            Stop timer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
