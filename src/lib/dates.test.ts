import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  addElapsedHours,
  atLocalTimeOnDay,
  dateToPickerValue,
  dayKeyInZone,
  endOfDayInZone,
  daysInRange,
  formatDayHeading,
  formatDuration,
  formatElapsed,
  formatInZone,
  isDayKey,
  matchPreset,
  RANGE_PRESETS,
  pickerValueToDate,
  presetRange,
  toWireInstant,
  truncateToSecond,
  wallClockWindow,
  weekStartDay,
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

describe('week start', () => {
  it('maps Clockify’s weekStart to a day number, 0 = Sunday, in any case; Monday when unknown', () => {
    expect(weekStartDay('SUNDAY')).toBe(0);
    expect(weekStartDay('MONDAY')).toBe(1);
    expect(weekStartDay('saturday')).toBe(6);
    expect(weekStartDay('Wednesday')).toBe(3);
    expect(weekStartDay(null)).toBe(1);
    expect(weekStartDay('')).toBe(1);
    expect(weekStartDay('FUNDAY')).toBe(1);
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
  it('recognises every preset on every day of a year, months of 28 to 31 days included', () => {
    for (let day = 0; day < 366; day++) {
      const at = new Date(Date.UTC(2027, 11, 31, 12) - day * 86_400_000); // every day of 2027 (a 28-day February), and 2026-12-31
      const ranges = RANGE_PRESETS.map((p) => presetRange(p, at, 'Asia/Tokyo', 'SUNDAY'));
      const keys = ranges.map((r) => `${r.from}/${r.to}`);
      ranges.forEach((range, i) => {
        // The first preset in the bar's order with this range (a 30-day month's last day: This month = Last 30 days).
        const first = RANGE_PRESETS[keys.indexOf(keys[i])];
        expect(matchPreset(range, at, 'Asia/Tokyo', 'SUNDAY'), `${RANGE_PRESETS[i]} on ${at.toISOString()}`).toBe(first);
      });
    }
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
    // ~25,000 comparisons: allow for a busy machine.
  }, 30_000);
  it('agrees over a whole year in zones with odd offsets and both clock changes', async () => {
    const { makeDayKeyer } = await import('./dates');
    for (const zone of ['America/New_York', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Kiritimati', 'UTC']) {
      const key = makeDayKeyer(zone);
      for (let t = Date.parse('2025-11-20T00:00:00Z'); t < Date.parse('2026-11-25T00:00:00Z'); t += 97 * 60_000 + 7_000) {
        const d = new Date(t);
        expect(key(d)).toBe(dayKeyInZone(d, zone));
      }
    }
  }, 30_000);
});

describe('fast formatters', () => {
  it('agree with date-fns’ format', async () => {
    const { fastClock, fastStamp } = await import('./dates');
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata']) {
      for (let t = Date.parse('2026-03-01T00:00:00Z'); t < Date.parse('2026-03-20T00:00:00Z'); t += 3 * 3600_000 + 17 * 60_000) {
        const d = new Date(t);
        expect(fastClock(d, zone)).toBe(format(d, 'HH:mm', { in: tz(zone) }));
        expect(fastStamp(d, zone)).toBe(format(d, 'd MMM HH:mm', { in: tz(zone) }));
      }
    }
  });

  it('formatInZone writes every pattern the app uses as date-fns’ format does, across a year of clock changes', () => {
    const patterns = [
      'EEE d MMM yyyy',
      'EEE d MMM yyyy HH:mm',
      'EEE d MMM yyyy, HH:mm',
      'EEE d MMM yyyy, HH:mm:ss',
      'EEE d MMM, HH:mm',
      'EEE d MMM, HH:mm:ss',
      'HH:mm',
      'HH:mm:ss',
      'd MMM HH:mm',
      'd MMM yyyy',
      'yyyy-MM-dd HH:mm',
      'yyyy-MM-dd HH:mm:ss',
    ];
    const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    let checked = 0;
    for (const zone of zones) {
      // Every ~29 h 13 min 7 s over 2026: every weekday, month, hour and both sides of each clock change.
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-02T00:00:00Z'); t += 105_187_000) {
        const d = new Date(t);
        for (const p of patterns) expect(formatInZone(d, zone, p)).toBe(format(d, p, { in: tz(zone) }));
        checked++;
      }
      // The instants either side of Berlin's and Los Angeles' 2026 changes, to the second.
      for (const iso of ['2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z', '2026-03-08T09:59:59Z', '2026-03-08T10:00:00Z', '2026-11-01T08:59:59Z', '2026-11-01T09:00:00Z']) {
        for (const p of patterns) expect(formatInZone(new Date(iso), zone, p)).toBe(format(new Date(iso), p, { in: tz(zone) }));
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(formatInZone(new Date('0099-03-04T05:06:07Z'), 'UTC', 'yyyy-MM-dd')).toBe('0099-03-04');
  });

  it('formatInZone refuses a pattern letter it does not write instead of printing it', () => {
    expect(() => formatInZone(new Date(), 'UTC', 'EEEE d MMMM')).toThrow(RangeError);
    expect(() => formatInZone(new Date(), 'UTC', 'h:mm a')).toThrow(/unsupported pattern letter "h"/);
  });
});

describe('end-time rules on the member’s calendar', () => {
  it('adds elapsed hours across a DST change without shifting (Berlin, 25 Oct 2026)', () => {
    // 20:00 CEST on 24 Oct; 8 h later the clocks have gone back: 03:00 CET on 25 Oct.
    const start = new Date('2026-10-24T18:00:00Z');
    const end = addElapsedHours(start, 8);
    expect(end.toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(formatInZone(end, 'Europe/Berlin', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-10-25 03:00:00');
    expect(addElapsedHours(start, 1.5).toISOString()).toBe('2026-10-24T19:30:00.000Z');
  });

  it('ends the start day at 23:59:59 local, on a DST day too', () => {
    // The day the clocks go back in Berlin is 25 hours long.
    const start = new Date('2026-10-25T00:30:00Z'); // 02:30 CEST
    const end = endOfDayInZone(start, 'Europe/Berlin');
    expect(end.toISOString()).toBe('2026-10-25T22:59:59.000Z');
    expect(formatInZone(end, 'Europe/Berlin', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-10-25 23:59:59');
  });

  it('uses the member’s own start day for a start just before midnight', () => {
    // 23:58 in Los Angeles on 22 Nov is 07:58 UTC on 23 Nov.
    const start = new Date('2026-11-23T07:58:00Z');
    expect(formatInZone(endOfDayInZone(start, 'America/Los_Angeles'), 'America/Los_Angeles', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-22 23:59:59');
    expect(endOfDayInZone(start, 'America/Los_Angeles').toISOString()).toBe('2026-11-23T07:59:59.000Z');
    // 18:00 "on the start day" is earlier than the start: the rule's caller must refuse it.
    expect(atLocalTimeOnDay(start, '18:00', 'America/Los_Angeles')!.toISOString()).toBe('2026-11-23T02:00:00.000Z');
  });

  it('reads a local time on the start day in the member’s zone, DST days included', () => {
    const tokyo = new Date('2026-11-23T00:30:00Z'); // 09:30 in Tokyo
    expect(atLocalTimeOnDay(tokyo, '18:00', 'Asia/Tokyo')!.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    // 1 Nov 2026 in New York: EDT until 02:00, EST after. 18:00 is EST (UTC−5).
    const ny = new Date('2026-11-01T13:00:00Z');
    expect(atLocalTimeOnDay(ny, '18:00:30', 'America/New_York')!.toISOString()).toBe('2026-11-01T23:00:30.000Z');
    // 29 Mar 2026 in Berlin: 02:30 does not exist; clocks read 03:30 then.
    const berlin = new Date('2026-03-29T05:00:00Z');
    expect(formatInZone(atLocalTimeOnDay(berlin, '02:30', 'Europe/Berlin')!, 'Europe/Berlin', 'HH:mm')).toBe('03:30');
    expect(atLocalTimeOnDay(berlin, '24:00', 'Europe/Berlin')).toBeNull();
    expect(atLocalTimeOnDay(berlin, 'noon', 'Europe/Berlin')).toBeNull();
  });

  it('reads the last second of the day and stray spaces, and refuses minutes or seconds past 59 and junk around a time', () => {
    const tokyo = new Date('2026-11-23T00:30:00Z'); // 09:30 in Tokyo
    expect(atLocalTimeOnDay(tokyo, '23:59:59', 'Asia/Tokyo')!.toISOString()).toBe('2026-11-23T14:59:59.000Z');
    expect(atLocalTimeOnDay(tokyo, ' 18:00 ', 'Asia/Tokyo')!.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    for (const bad of ['10:60', '10:00:60', '18:00x', 'x18:00']) expect(atLocalTimeOnDay(tokyo, bad, 'Asia/Tokyo'), bad).toBeNull();
  });
});

describe('picker values: what is refused', () => {
  it('refuses out-of-range fields, impossible days and anything not in the picker format', () => {
    for (const bad of ['2026-13-01 10:00:00', '2026-00-10 10:00:00', '2026-11-32 10:00:00', '2026-11-00 10:00:00', '2026-11-22 24:00:00',
      '2026-11-22 10:60:00', '2026-11-22 10:00:60', '2026-02-30 10:00:00', '2026-04-31 10:00:00', '22/11/2026 10:00', 'x2026-11-22 10:00:00', '2026-11-22 10:00:00x', '', null, undefined]) {
      expect(pickerValueToDate(bad, 'UTC'), String(bad)).toBeNull();
    }
  });
  it('accepts the edges of each field, a T separator, a missing time or seconds, and stray spaces', () => {
    expect(pickerValueToDate('2026-12-31 23:59:59', 'UTC')?.toISOString()).toBe('2026-12-31T23:59:59.000Z');
    expect(pickerValueToDate('2026-01-01 00:00:00', 'UTC')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(pickerValueToDate('2028-02-29T12:30', 'UTC')?.toISOString()).toBe('2028-02-29T12:30:00.000Z');
    expect(pickerValueToDate('2026-11-22', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-21T15:00:00.000Z');
    expect(pickerValueToDate('  2026-11-22 10:00:05 ', 'UTC')?.toISOString()).toBe('2026-11-22T10:00:05.000Z');
  });
  it('writes the wall clock of an instant in a zone', () => {
    expect(dateToPickerValue(new Date('2026-11-22T23:30:05.900Z'), 'Asia/Tokyo')).toBe('2026-11-23 08:30:05');
  });
});

describe('day keys and windows', () => {
  it('knows a real day key from a lookalike', () => {
    expect(isDayKey('2026-11-22')).toBe(true);
    expect(isDayKey('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '2026-11-22T00:00', ' 2026-11-22', '', null, undefined]) expect(isDayKey(bad), String(bad)).toBe(false);
  });
  it('titles a day, counts days, and spells Clockify’s wall-clock list window', () => {
    expect(formatDayHeading('2026-11-22', 'en-GB')).toBe('Sun, 22 Nov 2026');
    expect(daysInRange('2026-11-22', '2026-11-22')).toBe(1);
    expect(daysInRange('2026-10-25', '2026-11-23')).toBe(30);
    expect(wallClockWindow('2026-11-01', '2026-11-22')).toEqual({ start: '2026-11-01T00:00:00Z', end: '2026-11-22T23:59:59Z' });
  });
  it('bounds the member’s days by real instants, the last millisecond included', () => {
    expect(zonedRangeBounds('2026-11-22', '2026-11-23', 'Asia/Tokyo')).toEqual({
      start: new Date('2026-11-21T15:00:00.000Z'),
      end: new Date('2026-11-23T14:59:59.999Z'),
    });
  });
  it('ends the member’s day on a whole second and drops milliseconds', () => {
    expect(endOfDayInZone(new Date('2026-11-22T12:00:00Z'), 'America/Los_Angeles').toISOString()).toBe('2026-11-23T07:59:59.000Z');
    expect(truncateToSecond(new Date('2026-11-22T12:00:00.999Z')).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });
});

describe('durations: odd inputs', () => {
  it('floors, never goes negative, and shows a dash for nothing', () => {
    expect(formatDuration(3599.9)).toBe('0:59');
    expect(formatDuration(-30)).toBe('0:00');
    expect(formatDuration(undefined)).toBe('–');
    expect(formatDuration(Number.NaN)).toBe('–');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDuration(36_000 + 9 * 60)).toBe('10:09');
    expect(formatElapsed(-5)).toBe('0:00:00');
    expect(formatElapsed(36_000 + 9 * 60 + 9.7)).toBe('10:09:09');
  });
});

describe('presets: the rest', () => {
  const now = new Date('2026-11-22T20:00:00Z'); // Monday 23rd in Tokyo
  it('counts rolling ranges in the member’s days, today included', () => {
    expect(presetRange('last-30-days', now, 'Asia/Tokyo')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(presetRange('last-365-days', now, 'Asia/Tokyo')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(presetRange('this-month', new Date('2026-11-30T20:00:00Z'), 'Asia/Tokyo')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('recognises presets on the member’s calendar and week', () => {
    expect(matchPreset({ from: '2026-11-23', to: '2026-11-29' }, now, 'Asia/Tokyo', 'MONDAY')).toBe('this-week');
    expect(matchPreset({ from: '2026-11-22', to: '2026-11-28' }, now, 'America/Los_Angeles', 'SUNDAY')).toBe('this-week');
    expect(matchPreset({ from: '2026-11-23', to: '2026-11-23' }, now, 'Asia/Tokyo')).toBe('today');
  });
});

describe('fast formatters: 12-hour clock and the cache', () => {
  it('formats a 12-hour clock when asked, and keeps 24-hour otherwise', async () => {
    const { fastClock } = await import('./dates');
    const d = new Date('2026-11-22T15:05:00Z');
    expect(fastClock(d, 'UTC')).toBe('15:05');
    expect(fastClock(d, 'UTC', true)).toMatch(/^03:05\s?pm$/i);
    expect(fastClock(d, 'Asia/Tokyo')).toBe('00:05');
  });
  it('gives each zone its own day keys', async () => {
    const { makeDayKeyer } = await import('./dates');
    const d = new Date('2026-11-22T20:00:00Z');
    expect(makeDayKeyer('Asia/Tokyo')(d)).toBe('2026-11-23');
    expect(makeDayKeyer('America/Los_Angeles')(d)).toBe('2026-11-22');
    const key = makeDayKeyer('UTC');
    expect([key(new Date('2026-11-22T23:59:59Z')), key(new Date('2026-11-23T00:00:00Z'))]).toEqual(['2026-11-22', '2026-11-23']);
  });
});

describe('browserTimeZone', () => {
  it('is the zone the browser reports', async () => {
    const { browserTimeZone } = await import('./dates');
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
