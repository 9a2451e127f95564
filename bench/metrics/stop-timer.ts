/**
 * Stop-timer feedback: from the click on the dialog's "Stop timer" submit button (capture-phase
 * listener) to the card's `timer-state` saying "Timer stopped" (or "… saving…") in the DOM, in
 * the page's clock. The sandbox is reset before each run so the member's timer runs again.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import { people, type BenchServer } from '../server';
import { entriesPath, smallSeed, TIMER_EMAIL } from '../scenario';
import { median } from '../stats';

export interface StopTimerResult {
  member: string;
  runsMs: number[];
  medianMs: number;
  states: string[];
}

interface StopProbe {
  clickAt: number | null;
  shownAt: number | null;
  text: string | null;
}

interface StopWindow {
  __benchStop?: StopProbe;
}

/** Runs in the page. */
function armStopProbe(): void {
  const probe: StopProbe = { clickAt: null, shownAt: null, text: null };
  (window as unknown as StopWindow).__benchStop = probe;
  window.addEventListener(
    'click',
    (ev) => {
      const button = (ev.target as Element | null)?.closest('button');
      if (probe.clickAt === null && button?.closest('[role="dialog"]') && button.textContent?.trim() === 'Stop timer') probe.clickAt = performance.now();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (probe.clickAt === null) return;
    const text = document.querySelector('[data-testid="timer-state"]')?.textContent ?? '';
    if (/Timer stopped|saving/.test(text)) {
      probe.shownAt = performance.now();
      probe.text = text;
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

export async function measureStopTimer(browser: Browser, server: BenchServer, runs = 5): Promise<StopTimerResult> {
  const runsMs: number[] = [];
  const states: string[] = [];
  let memberName = '';
  for (let i = 0; i < runs; i++) {
    await server.reset(smallSeed);
    const { owner, member } = people(await server.demoKeys(), TIMER_EMAIL);
    memberName = member.name;
    if (!(await server.running(member, owner.apiKey))) throw new Error(`${member.email} has no running timer after reset`);
    const { context, page } = await freshPage(browser, { origin: server.url, apiKey: owner.apiKey });
    try {
      await page.goto(`${server.url}${entriesPath(member)}`);
      const card = page.getByRole('region', { name: 'Running timer' });
      await card.getByRole('button', { name: 'Stop timer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stop running timer' });
      const submit = dialog.getByRole('button', { name: 'Stop timer' });
      await submit.waitFor();
      await page.evaluate(armStopProbe);
      await submit.click();
      await page.waitForFunction(() => (window as unknown as StopWindow).__benchStop?.shownAt != null, undefined, { timeout: 30_000 });
      const probe = (await page.evaluate(() => (window as unknown as StopWindow).__benchStop)) as StopProbe;
      runsMs.push(probe.shownAt! - probe.clickAt!);
      states.push(probe.text ?? '');
      // Let the stop reach the server before the next reset (and check it did).
      await page.getByTestId('timer-state').filter({ hasText: 'Timer stopped at' }).waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }
  }
  return { member: memberName, runsMs, medianMs: median(runsMs), states };
}
