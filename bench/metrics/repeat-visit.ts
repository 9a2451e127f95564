/**
 * A manager's repeat visit: the same entries link opened again in the same browser profile.
 * The app's files come from the HTTP cache (`/assets/` is immutable) and their compiled code
 * from V8's code cache; the data is asked for again, as on every visit. One fresh context; two
 * unmeasured visits (the first is the cold open, the second fills the code cache), then `runs`
 * measured ones, each after the previous page's network went quiet. Informational: the
 * issue's targets are for the cold open, which `console-load.ts` measures.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import { spread, type Spread } from '../stats';
import { visitLoaded, type LoadRun, type LoadTarget } from './console-load';
import { installLoadProbe } from './load-probe';

export interface RepeatVisit {
  runs: Pick<LoadRun, 'firstRowMs' | 'loadedMs'>[];
  firstRow: Spread;
  loaded: Spread;
}

const UNMEASURED_VISITS = 2;

export async function measureRepeatVisit(browser: Browser, o: LoadTarget, runs = 3): Promise<RepeatVisit> {
  const { context, page } = await freshPage(browser, { origin: o.origin, apiKey: o.viewer.apiKey });
  try {
    await context.addInitScript(installLoadProbe, o.expected);
    const measured: RepeatVisit['runs'] = [];
    for (let i = 0; i < UNMEASURED_VISITS + runs; i++) {
      const { firstRowMs, loadedMs } = await visitLoaded(page, o);
      if (i >= UNMEASURED_VISITS) measured.push({ firstRowMs, loadedMs });
      // What loads once idle (the deferred controls) is cached too, and nothing is in flight.
      await page.waitForLoadState('networkidle');
    }
    return { runs: measured, firstRow: spread(measured.map((r) => r.firstRowMs)), loaded: spread(measured.map((r) => r.loadedMs)) };
  } finally {
    await context.close();
  }
}
