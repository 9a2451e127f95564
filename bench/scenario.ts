/**
 * What the bench measures against: the owner viewing one regular member with N entries over a
 * year, the range covering all of them, and the same query the app sends for that range.
 */
import type { ResetOptions } from '../server/sandbox/controls';
import type { DemoKey } from './server';

export const SEED = 42;
/** A regular member (role USER, no running timer, no future entries): every entry is historical. */
export const HEAVY_EMAIL = 'lukas@northwind.example';
/** Has a fresh running timer in the seed. */
export const TIMER_EMAIL = 'haruto@northwind.example';
export const PAGE_SIZE = 1000;
const DAY_MS = 86_400_000;

/** N entries over the past 365 days: most are before the lock date (≈30 days ago). */
export const yearSeed = (n: number): ResetOptions => ({ seed: SEED, entriesPerUser: 50, days: 365, heavyUser: { email: HEAVY_EMAIL, entries: n } });

/**
 * The same N entries packed into the last 29 days, after the workspace lock date, so every one
 * of them can be selected and deleted (used for the bulk-delete rows and their baseline).
 */
export const unlockedSeed = (n: number): ResetOptions => ({ seed: SEED, entriesPerUser: 50, days: 29, heavyUser: { email: HEAVY_EMAIL, entries: n } });

export const smallSeed: ResetOptions = { seed: SEED, entriesPerUser: 50 };

/** `yyyy-MM-dd` of an instant in `timeZone`. */
export function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export interface Range {
  from: string;
  to: string;
}

/** The last 365 days + 1 and today, in the member's zone: covers every seeded entry. */
export function yearRange(timeZone: string, now = new Date()): Range {
  return { from: dayKey(new Date(now.getTime() - 366 * DAY_MS), timeZone), to: dayKey(now, timeZone) };
}

export function entriesPath(member: DemoKey, range?: Range): string {
  const base = `/w/${member.workspaceId}/u/${member.userId}`;
  return range ? `${base}?from=${range.from}&to=${range.to}` : base;
}

/** Query string of page `page` exactly as the app builds it (wall-clock window, page-size 1000). */
export function listQuery(range: Range, page: number): string {
  return new URLSearchParams({
    start: `${range.from}T00:00:00Z`,
    end: `${range.to}T23:59:59Z`,
    page: String(page),
    'page-size': String(PAGE_SIZE),
  }).toString();
}

export function listPath(member: DemoKey): string {
  return `/api/v1/workspaces/${member.workspaceId}/user/${member.userId}/time-entries`;
}
