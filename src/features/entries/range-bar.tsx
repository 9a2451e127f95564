import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { daysInRange, isDayKey, matchPreset, presetRange, RANGE_PRESETS, RANGE_PRESET_LABELS, type DayKey } from '../../lib/dates';

interface Props {
  from: DayKey;
  to: DayKey;
  timeZone: string;
  weekStart: string;
  onChange(range: { from: DayKey; to: DayKey }): void;
}

const MAX_DAYS = 5 * 366;

/** Presets on the member's calendar, plus a custom From/To that refuses impossible ranges. */
export function RangeBar({ from, to, timeZone, weekStart, onChange }: Props) {
  const now = new Date();
  const active = matchPreset({ from, to }, now, timeZone, weekStart);
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);

  const error = !isDayKey(draft.from)
    ? 'Enter a real start date.'
    : !isDayKey(draft.to)
      ? 'Enter a real end date.'
      : draft.from > draft.to
        ? 'The start must be on or before the end.'
        : daysInRange(draft.from, draft.to) > MAX_DAYS
          ? 'Pick at most five years.'
          : null;

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Group gap={4} role="group" aria-label="Date range presets">
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
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!error) onChange(draft);
        }}
        noValidate
      >
        <Group gap={4} align="flex-start">
          <TextInput
            type="date"
            size="xs"
            label="From"
            value={draft.from}
            onChange={(e) => {
              // Read it now: React clears currentTarget once the handler returns, before the updater runs.
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, from: value }));
            }}
            error={error && error.includes('start') ? error : undefined}
          />
          <TextInput
            type="date"
            size="xs"
            label="To"
            value={draft.to}
            onChange={(e) => {
              // Read it now: React clears currentTarget once the handler returns, before the updater runs.
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, to: value }));
            }}
            error={error && !error.includes('start') ? error : undefined}
          />
          <Button type="submit" size="xs" variant="light" mt={22} disabled={draft.from === from && draft.to === to}>
            Apply range
          </Button>
        </Group>
      </form>
    </Group>
  );
}
