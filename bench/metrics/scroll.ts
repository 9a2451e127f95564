/**
 * Scrolls the virtualized list (its own scroller, or the window when the list is window-virtualized) programmatically, one step per animation frame, and records the
 * frame-to-frame deltas (rAF timestamps) — long frames are dropped frames.
 * - sweep: top to bottom in a fixed budget of frames (~5 s at 60 Hz whatever N; at large
 *   N each step is longer than the viewport, i.e. every frame mounts a fresh set of rows);
 * - wheel: a fixed 100 px per frame from the top (a brisk mouse wheel), same at every N.
 */
import type { Page } from '@playwright/test';
import { frames } from '../browser';
import { percentile, mean } from '../stats';

export const SCROLL_FRAMES = 300;
export const WHEEL_STEP_PX = 100;
export const WHEEL_FRAMES = 240;

export interface ScrollResult {
  frames: number;
  stepPx: number;
  scrollHeight: number;
  p95FrameMs: number;
  meanFrameMs: number;
  maxFrameMs: number;
  rowsAtBottom: number;
  reachedBottom: boolean;
}

interface ScrollArg {
  /** Pixels per frame; 0 = cross the whole list in `maxFrames`. */
  stepPx: number;
  maxFrames: number;
}

/** Runs in the page. */
function scrollThrough({ stepPx, maxFrames }: ScrollArg): Promise<{ deltas: number[]; stepPx: number; scrollHeight: number; reachedBottom: boolean }> {
  const el = (document.querySelector<HTMLElement>('[data-testid="entries-scroller"]') ?? (document.scrollingElement as HTMLElement | null));
  if (!el) throw new Error('no scroller for the entries list');
  const max = el.scrollHeight - el.clientHeight;
  const step = stepPx > 0 ? stepPx : Math.max(1, Math.ceil(max / maxFrames));
  const deltas: number[] = [];
  let previous: number | null = null;
  return new Promise((resolve) => {
    const tick = (t: number) => {
      if (previous !== null) deltas.push(t - previous);
      previous = t;
      const atBottom = el.scrollTop >= max - 1;
      if (atBottom || deltas.length >= maxFrames) {
        resolve({ deltas, stepPx: step, scrollHeight: el.scrollHeight, reachedBottom: atBottom });
        return;
      }
      el.scrollTop = Math.min(max, el.scrollTop + step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function countRows(page: Page): Promise<number> {
  return page.locator('[data-testid="entries-list"] [role="listitem"]').count();
}

export async function measureScroll(page: Page, arg: ScrollArg = { stepPx: 0, maxFrames: SCROLL_FRAMES }): Promise<ScrollResult> {
  await page.evaluate(() => {
    const el = (document.querySelector<HTMLElement>('[data-testid="entries-scroller"]') ?? (document.scrollingElement as HTMLElement | null));
    if (el) el.scrollTop = 0;
  });
  await frames(page, 5);
  // The sweep may need a frame or two more than the budget (rounding): allow them.
  const r = await page.evaluate(scrollThrough, arg.stepPx > 0 ? arg : { ...arg, maxFrames: arg.maxFrames + 5 });
  await frames(page, 3);
  return {
    frames: r.deltas.length,
    stepPx: r.stepPx,
    scrollHeight: r.scrollHeight,
    p95FrameMs: percentile(r.deltas, 0.95),
    meanFrameMs: mean(r.deltas),
    maxFrameMs: Math.max(...r.deltas),
    rowsAtBottom: await countRows(page),
    reachedBottom: r.reachedBottom,
  };
}
