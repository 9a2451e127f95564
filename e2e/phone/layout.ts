/** Checks that a page fits a phone: nothing scrolls sideways, controls are big enough to tap. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(clientWidth);
}

/** Fully inside the viewport's width (scrolled into view vertically first). */
export async function expectInsideViewport(target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = target.page().viewportSize()!.width;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the screen`).toBeLessThanOrEqual(width + 0.5);
}

/**
 * Every visible button, text field, select and link of the page is at least 40 px tall.
 * Checkboxes are left out: their label or their whole row is the target.
 */
export async function expectTapTargets(page: Page) {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], select, input:not([type=checkbox]):not([type=hidden]), [role=combobox], [role=tab]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // Inside an input (a Mantine chevron or clear button): the input is the target.
      if (el.closest('.mantine-Input-section')) continue;
      // Links inside running text and the skip link (off-screen until focused) are exempt.
      if (el.closest('p') || el.textContent === 'Skip to content') continue;
      if (r.height < 40) out.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.height)} px`);
    }
    return out;
  });
  expect(small, 'controls shorter than 40 px').toEqual([]);
}
