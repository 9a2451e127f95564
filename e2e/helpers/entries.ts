import { expect, type Locator, type Page } from '@playwright/test';
import type { DemoPerson, WireEntry } from '../fixtures';
import { dayKeyIn, shortStamp } from './time';

export function checkboxName(e: WireEntry, timeZone: string) {
  return `Select ${e.description || '(no description)'} ${shortStamp(e.timeInterval.start, timeZone)}`;
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
  return dayKeyIn(new Date(Date.now() - n * 86_400_000), timeZone);
}

/**
 * The list is virtualized: a row far below the screen is not in the DOM until the page is
 * scrolled near it. Scrolls down as a user would, a few rows at a time, until `target` is there.
 */
export async function scrollUntilRendered(page: Page, target: Locator, maxSteps = 40): Promise<void> {
  for (let i = 0; i < maxSteps && (await target.count()) === 0; i++) await page.mouse.wheel(0, 200);
  await expect(target).toHaveCount(1);
}
