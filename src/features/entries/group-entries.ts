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

interface DayState {
  list: TimeEntry[];
  /** The day's header + entry rows as last built; null when entries were added since. */
  rows: ListRow[] | null;
  totalSeconds: number;
  runningSince: Date | null;
}

/**
 * `groupEntries` for a list that grows a page at a time: called again with the same pages plus
 * more (same arrays, same order), it keys and totals only the new entries, and rebuilds only
 * the days they fall on; the result is exactly `groupEntries(pages, timeZone, hidden)`. Any
 * other change (fewer or different pages, another zone, other hidden ids) starts afresh.
 * One grouper per list (it keeps the last result).
 */
export function createEntriesGrouper() {
  let state: {
    pages: TimeEntry[][];
    timeZone: string;
    hidden: ReadonlySet<string> | undefined;
    keyOf: (d: Date) => DayKey;
    seen: Set<string>;
    entries: TimeEntry[];
    byDay: Map<DayKey, DayState>;
    days: DayKey[];
    result: GroupedEntries;
  } | null = null;

  return function group(pages: TimeEntry[][], timeZone: string, hidden?: ReadonlySet<string>): GroupedEntries {
    const extends_ =
      state !== null &&
      state.timeZone === timeZone &&
      state.hidden === hidden &&
      pages.length >= state.pages.length &&
      state.pages.every((p, i) => pages[i] === p);
    if (state && extends_ && pages.length === state.pages.length) return state.result;
    const s = extends_ && state
      ? state
      : { pages: [], timeZone, hidden, keyOf: makeDayKeyer(timeZone), seen: new Set<string>(), entries: [], byDay: new Map<DayKey, DayState>(), days: [], result: null as unknown as GroupedEntries };
    const previous = extends_ ? s.result : null;
    const previousDayCount = s.days.length;
    let newDays = false;
    for (const page of pages.slice(s.pages.length)) {
      for (const e of page) {
        if (s.seen.has(e.id) || hidden?.has(e.id)) continue;
        s.seen.add(e.id);
        s.entries.push(e);
        const day = s.keyOf(e.start);
        let d = s.byDay.get(day);
        if (!d) {
          s.byDay.set(day, (d = { list: [], rows: null, totalSeconds: 0, runningSince: null }));
          newDays = true;
        }
        d.list.push(e);
        d.rows = null;
        if (e.end) d.totalSeconds += e.durationSeconds ?? 0;
        else d.runningSince = e.start;
      }
    }
    if (newDays) s.days = [...s.byDay.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    // The leading days that got no new entry keep their rows where they were (days are only
    // ever added, so a new day is itself the first changed one): those rows are copied in one
    // slice, and only the days from the first changed one on are pushed again. Pages go back
    // in time, so that is the day a page boundary split and the days after it, not the whole
    // list once per page.
    let kept = 0;
    if (previous) {
      while (kept < previousDayCount && s.byDay.get(s.days[kept])!.rows !== null) kept++;
    }
    const rows: ListRow[] = previous ? previous.rows.slice(0, kept < previousDayCount ? previous.headerIndexes[kept] : previous.rows.length) : [];
    const headerIndexes: number[] = previous ? previous.headerIndexes.slice(0, kept) : [];
    let totalSeconds = 0;
    let runningSince: Date | null = null;
    for (let i = 0; i < s.days.length; i++) {
      const day = s.days[i];
      const d = s.byDay.get(day)!;
      totalSeconds += d.totalSeconds;
      runningSince ??= d.runningSince;
      if (i < kept) continue;
      headerIndexes.push(rows.length);
      d.rows ??= [
        { type: 'day', day, totalSeconds: d.totalSeconds, count: d.list.length, runningSince: d.runningSince },
        ...d.list.map((entry): ListRow => ({ type: 'entry', entry, day })),
      ];
      for (const r of d.rows) rows.push(r);
    }
    s.pages = pages;
    s.result = { rows, entries: s.entries.slice(), totalSeconds, runningSince, dayCount: s.days.length, headerIndexes };
    state = s;
    return s.result;
  };
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
