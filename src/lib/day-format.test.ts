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

  it('reads back what it writes, ISO dates and numbers in the locale order', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR']) {
      expect(parseDay(formatDay('2026-11-20', locale), locale)).toBe('2026-11-20');
      expect(parseDay(formatDay('2026-02-03', locale), locale)).toBe('2026-02-03');
    }
    expect(parseDay('2026-11-20', 'en-US')).toBe('2026-11-20');
    expect(parseDay('03/02/2026', 'en-GB')).toBe('2026-02-03');
    expect(parseDay('03/02/2026', 'en-US')).toBe('2026-03-02');
    expect(parseDay('20 November 2026', 'en-GB')).toBe('2026-11-20');
  });

  it('refuses impossible or partial dates', () => {
    expect(parseDay('31 Feb 2026', 'en-GB')).toBeNull();
    expect(parseDay('2026-13-01', 'en-GB')).toBeNull();
    expect(parseDay('20 Nov', 'en-GB')).toBeNull();
    expect(parseDay('', 'en-GB')).toBeNull();
    expect(parseDay('soon', 'en-GB')).toBeNull();
  });

  it('takes what a person types: stray spaces, any case, a month name from three letters, a two-digit year', () => {
    expect(parseDay('  2026-11-20 ', 'en-GB')).toBe('2026-11-20');
    expect(parseDay(' 20/11/2026  ', 'en-GB')).toBe('2026-11-20');
    expect(parseDay('NOVEMBER 20, 2026', 'en-US')).toBe('2026-11-20');
    expect(parseDay('20 nove 2026', 'en-GB')).toBe('2026-11-20');
    expect(parseDay('20 Jan 2026', 'en-GB')).toBe('2026-01-20');
    expect(parseDay('20/11/26', 'en-GB')).toBe('2026-11-20');
  });

  it('refuses junk around a date, a month name of two letters, a number too many and a three-digit year', () => {
    expect(parseDay('x2026-11-20', 'en-GB')).toBeNull();
    expect(parseDay('2026-11-20x', 'en-GB')).toBeNull();
    expect(parseDay('20 No 2026', 'en-GB')).toBeNull();
    expect(parseDay('20/11/2026/5', 'en-GB')).toBeNull();
    expect(parseDay('20/11/100', 'en-GB')).toBeNull();
  });
});
