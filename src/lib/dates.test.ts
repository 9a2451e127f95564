import { describe, expect, it } from 'vitest';
import {
  dateToPickerValue,
  dayKeyInZone,
  endOfDayInZone,
  formatDuration,
  formatElapsed,
  isDayKey,
  matchPreset,
  pickerValueToDate,
  presetRange,
  toWireInstant,
  wallClockWindow,
  zonedRangeBounds,
} from './dates';

describe('wire instants', () => {
  it('writes UTC with second precision whatever the input zone', () => {
    expect(toWireInstant(new Date('2026-11-22T17:30:00.987Z'))).toBe('2026-11-22T17:30:00Z');
    expect(toWireInstant(new Date('2026-11-22T18:30:00+01:00'))).toBe('2026-11-22T17:30:00Z');
  });
});

describe('picker values', () => {
  it('reads the wall clock in the member zone', () => {
    expect(pickerValueToDate('2026-11-22 09:00:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(pickerValueToDate('2026-11-22 09:00:00', 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-11-22T17:00:00.000Z',
    );
    expect(pickerValueToDate('2026-07-01 09:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });
  it('rejects impossible dates instead of rolling over', () => {
    expect(pickerValueToDate('2026-02-31 10:00:00', 'UTC')).toBeNull();
    expect(pickerValueToDate('2026-13-01 10:00:00', 'UTC')).toBeNull();
    expect(pickerValueToDate('2026-11-22 25:00:00', 'UTC')).toBeNull();
    expect(pickerValueToDate('yesterday', 'UTC')).toBeNull();
    expect(pickerValueToDate(null, 'UTC')).toBeNull();
  });
  it('round-trips through the member zone', () => {
    const d = new Date('2026-03-29T01:30:00Z'); // Berlin DST switch day
    const v = dateToPickerValue(d, 'Europe/Berlin');
    expect(v).toBe('2026-03-29 03:30:00');
    expect(pickerValueToDate(v, 'Europe/Berlin')?.toISOString()).toBe(d.toISOString());
  });
});

describe('days and windows', () => {
  it('puts an instant on the member’s calendar day', () => {
    const d = new Date('2026-11-22T20:00:00Z');
    expect(dayKeyInZone(d, 'Asia/Tokyo')).toBe('2026-11-23');
    expect(dayKeyInZone(d, 'America/Los_Angeles')).toBe('2026-11-22');
  });
  it('sends list windows as wall clock written as UTC (Clockify’s rule)', () => {
    expect(wallClockWindow('2026-08-08', '2026-08-14')).toEqual({
      start: '2026-08-08T00:00:00Z',
      end: '2026-08-14T23:59:59Z',
    });
  });
  it('knows the real instants bounding the member’s days', () => {
    const b = zonedRangeBounds('2026-08-08', '2026-08-08', 'Asia/Tokyo');
    expect(b.start.toISOString()).toBe('2026-08-07T15:00:00.000Z');
    expect(b.end.toISOString()).toBe('2026-08-08T14:59:59.999Z');
  });
  it('validates day keys', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('26-2-1')).toBe(false);
  });
  it('ends the day in the member zone', () => {
    const start = new Date('2026-11-22T23:30:00Z'); // 08:30 on the 23rd in Tokyo
    expect(endOfDayInZone(start, 'Asia/Tokyo').toISOString()).toBe('2026-11-23T14:59:59.000Z');
  });
});

describe('presets', () => {
  const now = new Date('2026-11-22T20:00:00Z'); // Sunday in LA, Monday 23rd in Tokyo
  it('uses the member’s today and week start', () => {
    expect(presetRange('today', now, 'Asia/Tokyo')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
    expect(presetRange('this-week', now, 'Asia/Tokyo', 'MONDAY')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetRange('this-week', now, 'America/Los_Angeles', 'SUNDAY')).toEqual({
      from: '2026-11-22',
      to: '2026-11-28',
    });
    expect(presetRange('this-week', now, 'America/Los_Angeles', 'MONDAY')).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(presetRange('last-week', now, 'America/Los_Angeles', 'MONDAY')).toEqual({
      from: '2026-11-09',
      to: '2026-11-15',
    });
    expect(presetRange('this-month', now, 'UTC')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('last-30-days', now, 'UTC')).toEqual({ from: '2026-10-24', to: '2026-11-22' });
  });
  it('recognises a range that equals a preset', () => {
    expect(matchPreset({ from: '2026-11-01', to: '2026-11-30' }, now, 'UTC')).toBe('this-month');
    expect(matchPreset({ from: '2026-11-02', to: '2026-11-30' }, now, 'UTC')).toBeNull();
  });
});

describe('durations', () => {
  it('formats hours beyond a day without folding', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5400)).toBe('1:30');
    expect(formatDuration(26 * 3600 + 300)).toBe('26:05');
    expect(formatDuration(null)).toBe('–');
    expect(formatElapsed(3725)).toBe('1:02:05');
  });
});

describe('makeDayKeyer', () => {
  it('agrees with dayKeyInZone around midnight and DST changes', async () => {
    const { makeDayKeyer } = await import('./dates');
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Adelaide']) {
      const key = makeDayKeyer(zone);
      for (let t = Date.parse('2026-03-07T00:00:00Z'); t < Date.parse('2026-03-31T00:00:00Z'); t += 7 * 60_000 + 13_000) {
        const d = new Date(t);
        expect(key(d)).toBe(dayKeyInZone(d, zone));
      }
    }
  });
  it('agrees over a whole year in zones with odd offsets and both clock changes', async () => {
    const { makeDayKeyer } = await import('./dates');
    for (const zone of ['America/New_York', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Kiritimati', 'UTC']) {
      const key = makeDayKeyer(zone);
      for (let t = Date.parse('2025-11-20T00:00:00Z'); t < Date.parse('2026-11-25T00:00:00Z'); t += 97 * 60_000 + 7_000) {
        const d = new Date(t);
        expect(key(d)).toBe(dayKeyInZone(d, zone));
      }
    }
  });
});

describe('fast formatters', () => {
  it('agree with the date-fns versions', async () => {
    const { fastClock, fastStamp, formatInZone } = await import('./dates');
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata']) {
      for (let t = Date.parse('2026-03-01T00:00:00Z'); t < Date.parse('2026-03-20T00:00:00Z'); t += 3 * 3600_000 + 17 * 60_000) {
        const d = new Date(t);
        expect(fastClock(d, zone)).toBe(formatInZone(d, zone, 'HH:mm'));
        expect(fastStamp(d, zone)).toBe(formatInZone(d, zone, 'd MMM HH:mm'));
      }
    }
  });
});
