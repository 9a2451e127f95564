import '@mantine/dates/styles.css';
import { Button, Group } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDay, matchPreset, parseDay, presetRange, RANGE_PRESETS, RANGE_PRESET_LABELS, type DayKey } from '../../lib/dates';
import { rangeSchema, type RangeValues } from './range-schema';
import classes from './range-bar.module.css';

interface Props {
  from: DayKey;
  to: DayKey;
  timeZone: string;
  weekStart: string;
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

/** Presets on the member's calendar, plus a custom From/To (in the browser's date style) that refuses impossible ranges. */
export function RangeBar({ from, to, timeZone, weekStart, onChange }: Props) {
  const active = matchPreset({ from, to }, new Date(), timeZone, weekStart);
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
    <Group gap="xs" align="flex-end" wrap="wrap" className={classes.bar}>
      <Group gap={4} role="group" aria-label="Date range presets" className={classes.presets}>
        {RANGE_PRESETS.map((p) => (
          <Button
            key={p}
            size="xs"
            variant={active === p ? 'filled' : 'default'}
            aria-pressed={active === p}
            onClick={() => onChange(presetRange(p, new Date(), timeZone, weekStart))}
          >
            {RANGE_PRESET_LABELS[p]}
          </Button>
        ))}
      </Group>
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
                valueFormat={(d) => formatDay(d)}
                dateParser={(text) => parseDay(text)}
                error={fieldState.error?.message}
                ariaLabels={CALENDAR_LABELS}
                popoverProps={{ withinPortal: true }}
              />
            )}
          />
        ))}
        <Button type="submit" size="xs" variant="light" className={classes.apply} disabled={unchanged || !form.formState.isValid}>
          Apply range
        </Button>
      </form>
    </Group>
  );
}
