import { describe, expect, it } from 'vitest';
import { formatDay, formatDayHeading, formatDayShort, parseDay } from './dates';

describe('days in the browser locale', () => {
  it('follows the locale in headers, short labels and fields', () => {
    expect(formatDayHeading('2026-11-20', 'en-GB')).toMatch(/^Fri,? 20 Nov 2026$/);
    expect(formatDayHeading('2026-11-20', 'en-US')).toBe('Fri, Nov 20, 2026');
    expect(formatDayShort('2026-11-20', 'en-GB')).toMatch(/^Fri,? 20 Nov$/);
    expect(formatDay('2026-11-20', 'en-GB')).toBe('20 Nov 2026');
    expect(formatDay('2026-11-20', 'de-DE')).toBe('20. Nov. 2026');
  });

  it('keeps the calendar day whatever zone the machine is in', () => {
    // A day key is a calendar day: midnight in the browser's zone must not shift it.
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(formatDay('2026-12-31', 'en-GB')).toBe('31 Dec 2026');
  });

  it('reads back what it writes, in every locale', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR']) {
      expect(parseDay(formatDay('2026-11-20', locale), locale)).toBe('2026-11-20');
      expect(parseDay(formatDay('2026-02-03', locale), locale)).toBe('2026-02-03');
    }
  });

  // What a person types: ISO dates, numbers in the locale's order, month names from three
  // letters in any case, stray spaces, a two-digit year.
  it.each([
    ['2026-11-20', 'en-US', '2026-11-20'],
    ['03/02/2026', 'en-GB', '2026-02-03'],
    ['03/02/2026', 'en-US', '2026-03-02'],
    ['20 November 2026', 'en-GB', '2026-11-20'],
    ['  2026-11-20 ', 'en-GB', '2026-11-20'],
    [' 20/11/2026  ', 'en-GB', '2026-11-20'],
    ['NOVEMBER 20, 2026', 'en-US', '2026-11-20'],
    ['20 nove 2026', 'en-GB', '2026-11-20'],
    ['20 Jan 2026', 'en-GB', '2026-01-20'],
    ['20/11/26', 'en-GB', '2026-11-20'],
  ])('reads %j (%s) as %s', (text, locale, day) => {
    expect(parseDay(text, locale)).toBe(day);
  });

  // Impossible or partial dates, junk around a date, a two-letter month, a number too many, a
  // three-digit year.
  it.each(['31 Feb 2026', '2026-13-01', '20 Nov', '', 'soon', 'x2026-11-20', '2026-11-20x', '20 No 2026', '20/11/2026/5', '20/11/100'])(
    'refuses %j',
    (text) => {
      expect(parseDay(text, 'en-GB')).toBeNull();
    },
  );
});
