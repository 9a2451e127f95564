/**
 * Calendar helpers for the tests, written with Intl only (independent of the app's own date
 * code), so expected values are computed a second way rather than copied from the app.
 */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** yyyy-MM-dd on the zone's calendar. */
  dayKey: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in `timeZone`. */
export function wallClock(instant: Date | string | number, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const n = (k: string) => Number(parts[k]);
  const pad = (v: number) => String(v).padStart(2, '0');
  const w = { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute'), second: n('second') };
  return { ...w, dayKey: `${w.year}-${pad(w.month)}-${pad(w.day)}` };
}

export const dayKeyIn = (instant: Date | string | number, timeZone: string) => wallClock(instant, timeZone).dayKey;

/**
 * `Fri, 20 Nov 2026`: how the entries list titles a day in the suite's browser locale
 * (en-GB, set in playwright.config.ts; the app follows the browser's locale).
 */
export function dayHeading(dayKey: string): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/** `Fri 20 Nov`: a day header's checkbox says "Select all of Fri 20 Nov" (en-GB). */
export function dayShort(dayKey: string): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1].slice(0, 3)}`;
}

/** `20 Nov 2026`: a date in the From/To fields and in messages (en-GB). */
export function fieldDate(dayKey: string): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/** `24 Nov 09:00` in a zone, as the row checkboxes name entries ("Select Design review 24 Nov 09:00"). */
export function shortStamp(instant: Date | string | number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${w.day} ${MONTHS[w.month - 1].slice(0, 3)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** `15 December 2026`: the accessible name of a Mantine calendar day. */
export function calendarDayName(w: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

/** `December 2026`: the Mantine month level label. */
export function calendarMonthLabel(w: Pick<WallClock, 'year' | 'month'>): string {
  return `${MONTHS[w.month - 1]} ${w.year}`;
}

/** `H:MM`, hours not folded into days, minutes floored. */
export function hMm(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
}

/** Clockify's wire format: UTC, second precision. */
export function wire(instant: Date | number): string {
  return new Date(Math.floor(new Date(instant).getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Days `from`..`to` inclusive as day keys, newest first. */
export function addDays(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
