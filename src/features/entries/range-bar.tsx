import { Button, Group, TextInput } from '@mantine/core';
import { memo } from 'react';
import { deferredComponent, useLoadWhenReady } from '../../lib/deferred';
import { formatDay, matchPreset, presetRange, RANGE_PRESETS, RANGE_PRESET_LABELS, type DayKey } from '../../lib/dates';
import type { RangeFormProps } from './range-form';
import classes from './range-bar.module.css';

interface Props {
  from: DayKey;
  to: DayKey;
  timeZone: string;
  weekStart: string;
  onChange(range: { from: DayKey; to: DayKey }): void;
  /** The page's data is in: the custom range's code may load now (it loads on intent anyway). */
  ready?: boolean;
}

const rangeForm = deferredComponent(() => import('./range-form').then((m) => m.RangeForm));

/** The From/To as they will look, disabled, while the date picker's code is on its way. */
function RangeFormPlaceholder({ from, to }: Pick<RangeFormProps, 'from' | 'to'>) {
  return (
    <div className={classes.form}>
      <TextInput size="xs" label="From" className={classes.field} value={formatDay(from)} disabled readOnly />
      <TextInput size="xs" label="To" className={classes.field} value={formatDay(to)} disabled readOnly />
      <Button size="xs" variant="light" className={classes.apply} disabled>
        Apply range
      </Button>
    </div>
  );
}

/** Presets on the member's calendar, plus a custom From/To (in the browser's date style) that refuses impossible ranges. */
export const RangeBar = memo(function RangeBar({ from, to, timeZone, weekStart, onChange, ready = true }: Props) {
  const active = matchPreset({ from, to }, new Date(), timeZone, weekStart);
  useLoadWhenReady(rangeForm, ready);

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" className={classes.bar} {...rangeForm.intent}>
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
      <rangeForm.Deferred fallback={<RangeFormPlaceholder from={from} to={to} />} from={from} to={to} onChange={onChange} />
    </Group>
  );
});
