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
 * Each step waits for the page to stop scrolling before looking: a wheel event's scroll lands
 * after `mouse.wheel` returns, and a row seen mid-scroll can be gone (two rows of overscan)
 * by the time it is tapped.
 */
export async function scrollUntilRendered(page: Page, target: Locator, maxSteps = 40): Promise<void> {
  for (let i = 0; i < maxSteps && (await target.count()) === 0; i++) {
    const from = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await scrolledFrom(page, from);
  }
  await expect(target).toHaveCount(1);
}

/** Resolves once the page has moved from `from` (or is at the bottom) and holds still across two animation frames. */
async function scrolledFrom(page: Page, from: number): Promise<void> {
  // page.evaluate awaits the page's promise (waitForFunction would take the promise itself as truthy).
  const settled = () =>
    page.evaluate(
      (start) =>
        new Promise<boolean>((resolve) => {
          const y = window.scrollY;
          const atBottom = y + window.innerHeight >= document.documentElement.scrollHeight - 1;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve((y !== start || atBottom) && window.scrollY === y)));
        }),
      from,
    );
  await expect.poll(settled, { message: 'the page scrolled and came to rest', intervals: [0] }).toBe(true);
}
