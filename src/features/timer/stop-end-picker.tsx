import '@mantine/core/styles/Popover.css';
/**
 * "End time": Mantine's DateTimePicker set up for the stop dialog — wall clock in the
 * member's zone, seconds, the member's first day of the week, typing that replaces a segment,
 * and names for every control (axe flags unnamed arrows and time fields as critical).
 */
import { DateTimePicker } from '@mantine/dates';
import type { DayOfWeek } from '../../lib/dates';
import { replaceOnType } from './replace-on-type';

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

const TIME_PROPS = {
  hoursInputLabel: 'Hours',
  minutesInputLabel: 'Minutes',
  secondsInputLabel: 'Seconds',
  'aria-label': 'Time',
  hoursInputProps: replaceOnType,
  minutesInputProps: replaceOnType,
  secondsInputProps: replaceOnType,
};

const END_PICKER_ID = 'stop-timer-end';

export interface StopEndPickerProps {
  /** Wall clock in `timeZone`, `YYYY-MM-DD HH:mm:ss`; '' when empty. */
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  timeZone: string;
  firstDayOfWeek: DayOfWeek;
  /** First and last selectable days, `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
  error?: string;
}

export function StopEndPicker({ value, onChange, onBlur, timeZone, firstDayOfWeek, firstDay, lastDay, error }: StopEndPickerProps) {
  return (
    <DateTimePicker
      label="End time"
      // md: the field, the days and the time segments are at least 40 px tall to tap on a phone.
      size="md"
      description={`Wall-clock time in the member’s zone, ${timeZone}`}
      withSeconds
      valueFormat="DD MMM YYYY HH:mm:ss"
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      onBlur={onBlur}
      firstDayOfWeek={firstDayOfWeek}
      // Whole days only: Mantine clamps the picked time to min/max on close, which would
      // silently turn an end before the start or in the future into a valid one. The schema
      // says what is wrong instead.
      minDate={`${firstDay} 00:00:00`}
      maxDate={`${lastDay} 23:59:59`}
      error={error}
      ariaLabels={PICKER_ARIA}
      timePickerProps={TIME_PROPS}
      submitButtonProps={{ 'aria-label': 'Confirm end time' }}
      // The dropdown (role="dialog") is labelled by the popover target's id: make it the
      // input's own id so the dropdown is named "End time" too.
      id={END_PICKER_ID}
      popoverProps={{ withinPortal: true, id: END_PICKER_ID }}
    />
  );
}
