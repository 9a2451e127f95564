import '@mantine/core/styles/Popover.css';
import '@mantine/dates/styles.css';
import { Button } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDay, parseDay, type DayKey } from '../../lib/dates';
import { rangeSchema, type RangeValues } from './range-schema';
import classes from './range-bar.module.css';

export interface RangeFormProps {
  from: DayKey;
  to: DayKey;
  onChange(range: { from: DayKey; to: DayKey }): void;
}

const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
};

/**
 * The custom From/To (in the browser's date style) that refuses impossible ranges. Its own
 * chunk (the date picker, dayjs, the form library): the range bar shows a disabled copy until
 * it is in.
 */
export function RangeForm({ from, to, onChange }: RangeFormProps) {
  const form = useForm<RangeValues>({
    resolver: zodResolver(rangeSchema),
    mode: 'onChange',
    // Follows the URL: a preset or Back/Forward resets the fields.
    values: { from, to },
  });
  const draft = useWatch({ control: form.control });
  const unchanged = draft.from === from && draft.to === to;
  const submit = form.handleSubmit((v) => onChange({ from: v.from!, to: v.to! }));

  return (
    <form onSubmit={submit} noValidate className={classes.form}>
      {(['from', 'to'] as const).map((name) => (
        <Controller
          key={name}
          control={form.control}
          name={name}
          render={({ field, fieldState }) => (
            <DateInput
              size="xs"
              label={name === 'from' ? 'From' : 'To'}
              className={classes.field}
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                // The rules tie the two fields together: re-check both, not only this one.
                void form.trigger();
              }}
              onBlur={field.onBlur}
              // Text that is no real day (30 Feb) stays in the field with a message, rather than
              // silently snapping back to the last valid date.
              fixOnBlur={false}
              onInput={(e) => {
                const text = e.currentTarget.value;
                if (text.trim() && !parseDay(text)) {
                  form.setError(name, { type: 'manual', message: name === 'from' ? 'Enter a real start date.' : 'Enter a real end date.' });
                }
              }}
              valueFormat={(d) => formatDay(d)}
              dateParser={(text) => parseDay(text)}
              error={fieldState.error?.message}
              ariaLabels={CALENDAR_LABELS}
              popoverProps={{ withinPortal: true }}
            />
          )}
        />
      ))}
      <Button type="submit" size="xs" variant="light" className={classes.apply} disabled={unchanged || !form.formState.isValid || !!form.formState.errors.from || !!form.formState.errors.to}>
        Apply range
      </Button>
    </form>
  );
}
