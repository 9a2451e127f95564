import type { TimeEntry } from '../../clockify/schemas';
import { makeDayKeyer, type DayKey } from '../../lib/dates';

export type ListRow =
  | { type: 'day'; day: DayKey; totalSeconds: number; count: number; runningSince: Date | null }
  | { type: 'entry'; entry: TimeEntry; day: DayKey };

export interface GroupedEntries {
  rows: ListRow[];
  entries: TimeEntry[];
  /** Finished entries only; add the running entry's elapsed time from `runningSince`. */
  totalSeconds: number;
  /** Start of the running entry in this list, if any: totals tick from it. */
  runningSince: Date | null;
  dayCount: number;
  /** Index in `rows` of each day header, for sticky headers. */
  headerIndexes: number[];
}

/**
 * Entries (newest first, as Clockify sends them) → day headers and rows on the member's
 * calendar. The running entry's duration is still growing: totals carry its start
 * (`runningSince`) and the view adds the elapsed time as it ticks.
 * Duplicates across pages (an entry shifting while pages stream) are dropped by id, and
 * `hidden` ids (waiting for or going through deletion) are left out.
 */
export function groupEntries(pages: TimeEntry[][], timeZone: string, hidden?: ReadonlySet<string>): GroupedEntries {
  const keyOf = makeDayKeyer(timeZone);
  const seen = new Set<string>();
  const byDay = new Map<DayKey, TimeEntry[]>();
  const entries: TimeEntry[] = [];
  for (const page of pages) {
    for (const e of page) {
      if (seen.has(e.id) || hidden?.has(e.id)) continue;
      seen.add(e.id);
      entries.push(e);
      const day = keyOf(e.start);
      const list = byDay.get(day);
      if (list) list.push(e);
      else byDay.set(day, [e]);
    }
  }
  const days = [...byDay.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const rows: ListRow[] = [];
  const headerIndexes: number[] = [];
  let totalSeconds = 0;
  let runningSince: Date | null = null;
  for (const day of days) {
    const list = byDay.get(day)!;
    let dayTotal = 0;
    let dayRunning: Date | null = null;
    for (const e of list) {
      if (e.end) dayTotal += e.durationSeconds ?? 0;
      else dayRunning = e.start;
    }
    totalSeconds += dayTotal;
    runningSince ??= dayRunning;
    headerIndexes.push(rows.length);
    rows.push({ type: 'day', day, totalSeconds: dayTotal, count: list.length, runningSince: dayRunning });
    for (const e of list) rows.push({ type: 'entry', entry: e, day });
  }
  return { rows, entries, totalSeconds, runningSince, dayCount: days.length, headerIndexes };
}

/**
 * "~10,000": how many entries the whole range probably holds, from how far back (in time)
 * the pages loaded so far reach. Null until there is enough to guess.
 */
export function estimateTotal(loaded: number, oldestLoaded: Date | null, rangeStart: Date, rangeEnd: Date, done: boolean) {
  if (done) return loaded;
  if (!oldestLoaded || loaded === 0) return null;
  const covered = rangeEnd.getTime() - Math.max(oldestLoaded.getTime(), rangeStart.getTime());
  const whole = rangeEnd.getTime() - rangeStart.getTime();
  if (covered <= 0 || whole <= 0) return null;
  return Math.max(loaded, Math.round((loaded * whole) / covered));
}
