/**
 * Instants on the wire and wall-clock conversion. Storage is integer epoch seconds; the wire
 * is `yyyy-MM-ddTHH:mm:ssZ` (second precision). List windows are wall-clock times in the
 * member's zone even when written with `Z` (Clockify's time-zone trap), hence `wallClockToUtc`.
 */
import { WIRE_INSTANT_PATTERN } from '../../src/clockify/schemas';

export function formatInstant(epochSeconds: number): string {
  // Hot path (two calls per listed entry): slicing beats a regex replace.
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 19)}Z`;
}

/** Parses a wire instant to epoch seconds (millis truncated); null unless it is a real date. */
export function parseInstant(value: string): number | null {
  if (typeof value !== 'string' || !WIRE_INSTANT_PATTERN.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-30 over to March; a round trip catches it.
  if (new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19)) return null;
  return Math.floor(ms / 1000);
}

const OFFSET_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)(Z|([+-])(\d{2}):(\d{2}))$/;

/** Like `parseInstant`, but also with a `±HH:MM` offset (hours ≤ 18, as java.time allows). */
export function parseOffsetInstant(value: string): number | null {
  const m = OFFSET_INSTANT.exec(value);
  if (!m) return null;
  const local = parseInstant(`${m[1]}Z`);
  if (local === null || m[2] === 'Z') return local;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (hours > 18 || minutes > 59) return null;
  return local - (m[3] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at an instant, in seconds (Tokyo → +32400). */
export function zoneOffsetSeconds(timeZone: string, epochSeconds: number): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(timeZone).formatToParts(new Date(epochSeconds * 1000));
  } catch {
    return 0;
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) / 1000;
  return wall - epochSeconds;
}

/** Reads `wallSeconds` (a wall clock written as if it were UTC) as local time in `timeZone`. */
export function wallClockToUtc(wallSeconds: number, timeZone: string): number {
  const first = zoneOffsetSeconds(timeZone, wallSeconds);
  const guess = wallSeconds - first;
  const second = zoneOffsetSeconds(timeZone, guess);
  return second === first ? guess : wallSeconds - second;
}

/** Local calendar date (y, m, d) of an instant in a zone. */
export function localDate(timeZone: string, epochSeconds: number): { y: number; m: number; d: number; weekday: number } {
  const wall = epochSeconds + zoneOffsetSeconds(timeZone, epochSeconds);
  const dt = new Date(wall * 1000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: dt.getUTCDay() };
}
