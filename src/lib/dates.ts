/**
 * All date work lives here: conversions between Mantine picker values, `Date`, the Clockify
 * wire format (`yyyy-MM-ddTHH:mm:ssZ`) and Clockify's wall-clock list windows.
 * Everything that shows a day or a time takes the member's IANA zone explicitly: a manager
 * in Berlin looking at a Tokyo member sees the Tokyo member's days.
 */
import {
  addDays,
  addSeconds,
  addMonths,
  differenceInCalendarDays,
  endOfDay,
  isValid,
  lightFormat,
  startOfDay,
  startOfMonth,
  startOfWeek,
  subDays,
} from 'date-fns';
import { tz, TZDate } from '@date-fns/tz';

export type DayKey = string; // yyyy-MM-dd in some zone

const WIRE = "yyyy-MM-dd'T'HH:mm:ss'Z'";
const PICKER = 'yyyy-MM-dd HH:mm:ss';

/** The instant as Clockify wants it on writes: UTC, second precision. */
export function toWireInstant(date: Date): string {
  return lightFormat(new TZDate(date.getTime(), 'UTC'), WIRE);
}

/** Mantine picker value (`YYYY-MM-DD HH:mm:ss`, wall clock) read in `timeZone` → instant. */
export function pickerValueToDate(value: string | null | undefined, timeZone: string): Date | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const nums = [y, mo, d, h, mi, s].map(Number);
  // A day of the calendar (31 February is refused, not rolled over) at a time of day.
  if (!isDayKey(`${y}-${mo}-${d}`) || nums[3] > 23 || nums[4] > 59 || nums[5] > 59) return null;
  const zoned = new TZDate(nums[0], nums[1] - 1, nums[2], nums[3], nums[4], nums[5], timeZone);
  return isValid(zoned) ? new Date(zoned.getTime()) : null;
}

/** Instant → Mantine picker value showing the wall clock in `timeZone`. */
export function dateToPickerValue(date: Date, timeZone: string): string {
  return lightFormat(new TZDate(date.getTime(), timeZone), PICKER);
}

/** The calendar day of an instant in `timeZone`. */
export function dayKeyInZone(date: Date, timeZone: string): DayKey {
  return lightFormat(new TZDate(date.getTime(), timeZone), 'yyyy-MM-dd');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONED_TOKENS = /yyyy|MMM|MM|dd|d|EEE|HH|mm|ss|[a-zA-Z]/g;

/**
 * The instant on the wall clock of `timeZone`, in date-fns' pattern letters (English names):
 * `yyyy MM MMM dd d EEE HH mm ss`, e.g. `EEE d MMM yyyy, HH:mm:ss` → `Tue 24 Nov 2026, 09:05:00`.
 * Written out instead of date-fns' `format`, which brings every pattern's formatter and the
 * locale tables to the first screen for these nine; the tests hold it to `format`'s output.
 */
export function formatInZone(date: Date, timeZone: string, pattern: string): string {
  const z = new TZDate(date.getTime(), timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return pattern.replace(ZONED_TOKENS, (t) => {
    switch (t) {
      case 'yyyy': return pad(z.getFullYear(), 4);
      case 'MMM': return MONTHS[z.getMonth()];
      case 'MM': return pad(z.getMonth() + 1);
      case 'dd': return pad(z.getDate());
      case 'd': return String(z.getDate());
      case 'EEE': return WEEKDAYS[z.getDay()];
      case 'HH': return pad(z.getHours());
      case 'mm': return pad(z.getMinutes());
      case 'ss': return pad(z.getSeconds());
      default: throw new RangeError(`formatInZone: unsupported pattern letter "${t}" in "${pattern}"`);
    }
  });
}

/**
 * Days as people read them, in the browser's locale (`locale` only for tests): one style for
 * headers, fields and messages. A day key is a calendar day, so it is formatted in UTC.
 */
const DAY_STYLES = {
  heading: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function dayFormatter(style: keyof typeof DAY_STYLES, locale?: string) {
  return cachedIntl(`day|${style}|${locale ?? ''}`, () => new Intl.DateTimeFormat(locale, { ...DAY_STYLES[style], timeZone: 'UTC' }));
}

function dayKeyToUtc(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** `Mon 24 Nov 2026` (en-GB), `Mon, Nov 24, 2026` (en-US): a day header. */
export function formatDayHeading(day: DayKey, locale?: string): string {
  return dayFormatter('heading', locale).format(dayKeyToUtc(day));
}

/** `Mon 24 Nov`: a day within a visible range. */
export function formatDayShort(day: DayKey, locale?: string): string {
  return dayFormatter('short', locale).format(dayKeyToUtc(day));
}

/** `24 Nov 2026`: a date in a field or a sentence. */
export function formatDay(day: DayKey, locale?: string): string {
  return dayFormatter('date', locale).format(dayKeyToUtc(day));
}

/**
 * What a person typed into a date field → a day key, or null. Takes the field's own format
 * (`24 Nov 2026`, month names in the locale), `2026-11-24`, and all-number dates in the
 * locale's order (`24/11/2026` in en-GB, `11/24/2026` in en-US).
 */
export function parseDay(text: string, locale?: string): DayKey | null {
  const t = text.trim();
  if (!t) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const key = (y: number, m: number, d: number) => {
    const k = `${y}-${pad(m)}-${pad(d)}`;
    return isDayKey(k) ? k : null;
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return key(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const order = dayFormatter('date', locale)
    .formatToParts(new Date(Date.UTC(2026, 10, 24)))
    .map((p) => p.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const numbers = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const monthNames = monthNamesFor(locale);
  const fields: Partial<Record<'day' | 'month' | 'year', number>> = {};
  const words = numbers.filter((w) => !/^\d+$/.test(w));
  const digits = numbers.filter((w) => /^\d+$/.test(w)).map(Number);
  for (const w of words) {
    const m = monthNames.findIndex((names) => names.some((n) => n.startsWith(w.toLowerCase()) || w.toLowerCase().startsWith(n)));
    if (m >= 0 && w.length >= 3) fields.month = m + 1;
  }
  const numericOrder = order.filter((type) => !(type === 'month' && fields.month));
  if (digits.length !== numericOrder.length) return null;
  numericOrder.forEach((type, i) => (fields[type] = digits[i]));
  if (!fields.year || !fields.month || !fields.day) return null;
  const year = fields.year < 100 ? 2000 + fields.year : fields.year;
  return key(year, fields.month, fields.day);
}

function monthNamesFor(locale?: string): string[][] {
  const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const short = dayFormatter('date', locale);
  return Array.from({ length: 12 }, (_, m) => {
    const d = new Date(Date.UTC(2026, m, 15));
    const s = short.formatToParts(d).find((p) => p.type === 'month')?.value ?? '';
    return [long.format(d), s, new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(d)].map((x) =>
      x.toLowerCase().replace(/\.$/, ''),
    );
  });
}

/**
 * A day key as a local-midnight `Date`; Invalid Date when it is not `yyyy-MM-dd` or not a day
 * of the calendar (`2026-02-30`). By hand: the format is fixed, and date-fns' `parse` would
 * bring every pattern's parser onto the first screen's path.
 */
export function parseDayKey(day: DayKey): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return new Date(Number.NaN);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(2000, mo, d);
  date.setFullYear(y); // years below 100 too (the constructor would read 0099 as 1999)
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date : new Date(Number.NaN);
}

export function isDayKey(value: string | null | undefined): value is DayKey {
  return !!value && isValid(parseDayKey(value));
}

/**
 * Clockify reads list windows as wall-clock time in the member's zone even when they end in
 * `Z`, so the member's day `from` is sent as `fromT00:00:00Z` (not converted to UTC).
 */
export function wallClockWindow(from: DayKey, to: DayKey): { start: string; end: string } {
  return { start: `${from}T00:00:00Z`, end: `${to}T23:59:59Z` };
}

/** The real UTC instants that bound the member's days `from`..`to`. */
export function zonedRangeBounds(from: DayKey, to: DayKey, timeZone: string): { start: Date; end: Date } {
  const s = parseDayKey(from);
  const e = parseDayKey(to);
  const start = new TZDate(s.getFullYear(), s.getMonth(), s.getDate(), 0, 0, 0, timeZone);
  const end = new TZDate(e.getFullYear(), e.getMonth(), e.getDate(), 23, 59, 59, timeZone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime() + 999) };
}

/** `H:MM` (hours are not folded into days; 26:05 is a long day). */
export function formatDuration(totalSeconds: number | null | undefined): string {
  if (totalSeconds == null || !Number.isFinite(totalSeconds)) return '–';
  const secs = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** `H:MM:SS`, for a ticking timer. */
export function formatElapsed(totalSeconds: number): string {
  const secs = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export const RANGE_PRESETS = ['today', 'this-week', 'last-week', 'this-month', 'last-30-days', 'last-365-days'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  today: 'Today',
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-30-days': 'Last 30 days',
  'last-365-days': 'Last 365 days',
};

const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Clockify's `weekStart` (`MONDAY`, `sunday`, …) as a day number, 0 = Sunday; Monday if unknown. */
export function weekStartDay(weekStart: string | null | undefined): DayOfWeek {
  const i = WEEK_DAYS.indexOf((weekStart ?? '').toUpperCase());
  return (i < 0 ? 1 : i) as DayOfWeek;
}

/** Day range of a preset, as seen on the member's calendar (`now` in their zone, their week start). */
export function presetRange(
  preset: RangePreset,
  now: Date,
  timeZone: string,
  weekStart = 'MONDAY',
): { from: DayKey; to: DayKey } {
  const inZone = { in: tz(timeZone) };
  const weekStartsOn = weekStartDay(weekStart);
  const today = startOfDay(now, inZone);
  const key = (d: Date) => lightFormat(d, 'yyyy-MM-dd'); // d is in the zone (a TZDate)
  switch (preset) {
    case 'today':
      return { from: key(today), to: key(today) };
    case 'this-week': {
      const s = startOfWeek(today, { ...inZone, weekStartsOn });
      return { from: key(s), to: key(addDays(s, 6, inZone)) };
    }
    case 'last-week': {
      const s = subDays(startOfWeek(today, { ...inZone, weekStartsOn }), 7, inZone);
      return { from: key(s), to: key(addDays(s, 6, inZone)) };
    }
    case 'this-month': {
      const s = startOfMonth(today, inZone);
      return { from: key(s), to: key(subDays(addMonths(s, 1, inZone), 1, inZone)) };
    }
    case 'last-30-days':
      return { from: key(subDays(today, 29, inZone)), to: key(today) };
    case 'last-365-days':
      return { from: key(subDays(today, 364, inZone)), to: key(today) };
  }
}

/** How many days each preset's range spans (fewest, most). */
const PRESET_DAYS: Record<RangePreset, readonly [number, number]> = {
  today: [1, 1],
  'this-week': [7, 7],
  'last-week': [7, 7],
  'this-month': [28, 31],
  'last-30-days': [30, 30],
  'last-365-days': [365, 365],
};

/** Which preset (if any) a day range equals, for highlighting. */
export function matchPreset(
  range: { from: DayKey; to: DayKey },
  now: Date,
  timeZone: string,
  weekStart?: string,
): RangePreset | null {
  // Only a preset of the range's length can equal it: the zoned arithmetic runs for those alone.
  const days = daysInRange(range.from, range.to);
  return RANGE_PRESETS.find((p) => {
    const [min, max] = PRESET_DAYS[p];
    if (days < min || days > max) return false;
    const r = presetRange(p, now, timeZone, weekStart);
    return r.from === range.from && r.to === range.to;
  }) ?? null;
}

export function daysInRange(from: DayKey, to: DayKey): number {
  return differenceInCalendarDays(parseDayKey(to), parseDayKey(from)) + 1;
}

/** End of the member's calendar day that contains `date` (23:59:59 there). */
export function endOfDayInZone(date: Date, timeZone: string): Date {
  const e = endOfDay(date, { in: tz(timeZone) });
  return new Date(Math.floor(e.getTime() / 1000) * 1000);
}

/** Drop milliseconds: Clockify stores whole seconds. */
export function truncateToSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** The browser's own zone, for showing "your time" beside the member's. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A fast "which day is this instant in `timeZone`" for tens of thousands of entries. The zone's
 * offset is read (Intl) at both ends of each UTC day; where they agree — every day but the few
 * with a clock change — the day is plain arithmetic on the offset. On a clock-change day one
 * formatted answer serves a quarter hour (offsets change only on quarter-hour boundaries).
 */
export function makeDayKeyer(timeZone: string): (date: Date) => DayKey {
  const DAY = 86_400_000;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  /** Zone offset in ms at minute `t` (wall clock − UTC). */
  const offsetAt = (t: number) => {
    const p: Record<string, number> = {};
    for (const { type, value } of parts.formatToParts(t)) if (type !== 'literal') p[type] = Number(value);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute) - t;
  };
  /** Per UTC day: the offset when it holds all day, else null (a clock change that day). */
  const dayOffsets = new Map<number, number | null>();
  const keys = new Map<number, DayKey>();
  const quarterHours = new Map<number, DayKey>();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return (date) => {
    const t = date.getTime();
    const utcDay = Math.floor(t / DAY);
    let offset = dayOffsets.get(utcDay);
    if (offset === undefined) {
      const a = offsetAt(utcDay * DAY);
      offset = a === offsetAt(utcDay * DAY + DAY - 60_000) ? a : null;
      dayOffsets.set(utcDay, offset);
    }
    if (offset === null || !Number.isFinite(offset)) {
      const bucket = Math.floor(t / 900_000);
      let key = quarterHours.get(bucket);
      if (key === undefined) quarterHours.set(bucket, (key = fmt.format(new Date(bucket * 900_000))));
      return key;
    }
    const zonedDay = Math.floor((t + offset) / DAY);
    let key = keys.get(zonedDay);
    if (key === undefined) {
      const d = new Date(zonedDay * DAY);
      keys.set(zonedDay, (key = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`));
    }
    return key;
  };
}

const intlCache = new Map<string, Intl.DateTimeFormat>();
function cachedIntl(key: string, make: () => Intl.DateTimeFormat) {
  let f = intlCache.get(key);
  if (!f) intlCache.set(key, (f = make()));
  return f;
}

/**
 * `09:30` in a zone with a cached Intl formatter: cheap enough for every visible row on
 * every scroll frame (date-fns' zoned formatting is ~10× slower).
 */
export function fastClock(date: Date, timeZone: string, hour12 = false): string {
  return cachedIntl(`clock|${timeZone}|${hour12}`, () =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: hour12 ? 'h12' : 'h23' }),
  ).format(date);
}

/** `24 Nov 09:00` in a zone (the rows' accessible names use it). */
export function fastStamp(date: Date, timeZone: string): string {
  const parts = cachedIntl(`stamp|${timeZone}`, () =>
    new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).formatToParts(date);
  let day = '';
  let month = '';
  let hour = '';
  let minute = '';
  for (const p of parts) {
    if (p.type === 'day') day = p.value;
    else if (p.type === 'month') month = p.value;
    else if (p.type === 'hour') hour = p.value;
    else if (p.type === 'minute') minute = p.value;
  }
  return `${day} ${month} ${hour}:${minute}`;
}

/** `start` plus `hours` of elapsed time, to the second (a DST change in between does not shift it). */
export function addElapsedHours(start: Date, hours: number): Date {
  return truncateToSecond(addSeconds(start, Math.round(hours * 3600)));
}

/**
 * The instant at wall-clock `time` (`HH:mm` or `HH:mm:ss`) on the calendar day, in `timeZone`,
 * that contains `date`; null when `time` is not a time of day. A wall-clock time skipped by a
 * DST change (02:30 on a spring-forward night) comes out one hour later, as clocks read then.
 */
export function atLocalTimeOnDay(date: Date, time: string, timeZone: string): Date | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const day = new TZDate(date.getTime(), timeZone);
  const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h, mi, s, timeZone);
  return new Date(at.getTime());
}
