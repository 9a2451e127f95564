/**
 * Installed in the page before the app runs (`addInitScript`): timestamps, in the page's own
 * clock (`performance.now()`, 0 = navigation start), of the first entry row in the DOM, of the
 * range being fully loaded, and of the first entries page arriving (resource timing).
 * "Visible" is the first animation frame after the DOM change (the frame that paints it).
 */

export interface LoadProbe {
  firstRowDom: number | null;
  firstRowFrame: number | null;
  loadedDom: number | null;
  loadedFrame: number | null;
  firstPageResponseEnd: number | null;
  firstPageResponseStart: number | null;
  summary: string | null;
  /** Every list page request of the range: page number, request start and response end. */
  pages: { page: number; start: number; end: number }[];
}

export interface ProbeWindow {
  __benchLoad?: LoadProbe;
}

/** Runs in the page. `expected` is the entry count the range must show when complete. */
export function installLoadProbe(expected: number): void {
  const probe: LoadProbe = {
    firstRowDom: null,
    firstRowFrame: null,
    loadedDom: null,
    loadedFrame: null,
    firstPageResponseEnd: null,
    firstPageResponseStart: null,
    summary: null,
    pages: [],
  };
  (window as unknown as ProbeWindow).__benchLoad = probe;
  // Thousands separators by hand: the first Intl call in a page loads ICU's data (~20 ms here),
  // work this script would otherwise do for the app, before the page's HTML is even parsed.
  const grouped = String(expected).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const expectedText = `${grouped} ${expected === 1 ? 'entry' : 'entries'} · total`;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceResourceTiming[]) {
      // List requests of the range (not the running-timer probe, which is page-size=1).
      if (!/\/time-entries\?/.test(e.name) || !/[?&]page-size=1000(&|$)/.test(e.name)) continue;
      const page = Number(/[?&]page=(\d+)/.exec(e.name)?.[1] ?? 0);
      probe.pages.push({ page, start: e.startTime, end: e.responseEnd });
      if (page === 1 && probe.firstPageResponseEnd === null) {
        probe.firstPageResponseEnd = e.responseEnd;
        probe.firstPageResponseStart = e.responseStart;
      }
    }
  }).observe({ type: 'resource', buffered: true });

  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (probe.firstRowDom === null && document.querySelector('[data-testid="entries-list"] [role="listitem"]:not(:has(h3))')) {
      probe.firstRowDom = now;
      requestAnimationFrame(() => (probe.firstRowFrame = performance.now()));
    }
    if (probe.loadedDom === null) {
      const summary = document.querySelector('[data-testid="range-summary"]')?.textContent ?? '';
      if (summary.startsWith(expectedText) && !document.querySelector('[data-testid="load-progress"]')) {
        probe.loadedDom = now;
        probe.summary = summary;
        requestAnimationFrame(() => (probe.loadedFrame = performance.now()));
      }
    }
    if (probe.firstRowDom !== null && probe.loadedDom !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
