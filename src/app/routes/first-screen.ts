/**
 * How long the first render waits for the first screen's data once the page's code is in. Data
 * that comes sooner is shown by that render; later, the page renders with its loading state.
 */
export const FIRST_SCREEN_WAIT_MS = 150;

/**
 * Resolves when every read is in (query prefetches never fail: a failure is in the cache, for
 * the page to show), or after FIRST_SCREEN_WAIT_MS, whichever comes first.
 */
export async function firstScreenIn(reads: Promise<unknown>[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(reads), new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_SCREEN_WAIT_MS)))]);
  clearTimeout(timer);
}
