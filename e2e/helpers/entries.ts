import type { Page } from '@playwright/test';
import type { DemoPerson, WireEntry } from '../fixtures';

/** `d MMM HH:mm` in a zone, as the row checkboxes name entries ("Select Design review 24 Nov 09:00"). */
export function shortStamp(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('day')} ${get('month')} ${get('hour')}:${get('minute')}`;
}

export function checkboxName(e: WireEntry, timeZone: string) {
  return `Select ${e.description || '(no description)'} ${shortStamp(e.timeInterval.start, timeZone)}`;
}

/** yyyy-MM-dd of an instant in a zone. */
export function dayIn(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

export function deletable(e: WireEntry) {
  return e.timeInterval.end !== null && !e.isLocked;
}

/** Deletable and already started (the seed has entries dated tomorrow, outside "up to today"). */
export function pickable(e: WireEntry) {
  return deletable(e) && Date.parse(e.timeInterval.start) <= Date.now();
}

export async function openMember(page: Page, person: Pick<DemoPerson, 'workspaceId' | 'userId'>, from: string, to: string) {
  await page.goto(`/w/${person.workspaceId}/u/${person.userId}?from=${from}&to=${to}`);
}

export function daysAgo(n: number, timeZone: string): string {
  return dayIn(new Date(Date.now() - n * 86_400_000), timeZone);
}
