/**
 * Opening a Team timers link (`/w/:ws/running`) cold, as the workspace owner: navigation start
 * → the first running timer's row visible with its project name, once every running timer the
 * API lists has its row. A fresh context per run (cold HTTP cache), one unmeasured warm-up,
 * then the median of 3. The page's own clock, as the entries load is timed.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import { people, type BenchServer } from '../server';
import { HEAVY_EMAIL, smallSeed } from '../scenario';
import { spread, type Spread } from '../stats';

export interface TeamLoad extends Spread {
  runsMs: number[];
  /** Running timers in the workspace (rows the page must show). */
  timers: number;
}

interface TeamProbe {
  domAt: number | null;
  frameAt: number | null;
}

interface TeamWindow {
  __benchTeam?: TeamProbe;
}

/** Runs in the page: every timer row in, and the project name of the one that has it shown. */
function armTeamProbe({ timers, project }: { timers: number; project: string }): void {
  const probe: TeamProbe = { domAt: null, frameAt: null };
  (window as unknown as TeamWindow).__benchTeam = probe;
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('table[aria-label="Running timers"] tbody tr');
    if (rows.length < timers || ![...rows].some((r) => r.textContent?.includes(project))) return;
    probe.domAt = performance.now();
    requestAnimationFrame(() => (probe.frameAt = performance.now()));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export async function measureTeamLoad(browser: Browser, server: BenchServer, runs = 3): Promise<TeamLoad> {
  await server.reset(smallSeed);
  const { owner } = people(await server.demoKeys(), HEAVY_EMAIL);
  const ws = `/api/v1/workspaces/${owner.workspaceId}`;
  const running = await server.get<{ projectId: string | null }[]>(owner.apiKey, `${ws}/time-entries/status/in-progress?page-size=1000`);
  const projects = await server.get<{ id: string; name: string }[]>(owner.apiKey, `${ws}/projects?page-size=500`);
  const project = projects.find((p) => running.some((e) => e.projectId === p.id))?.name;
  if (!running.length || !project) throw new Error('team timers: the seed has no running timer on a project');
  const runsMs: number[] = [];
  for (let i = -1; i < runs; i++) {
    const { context, page } = await freshPage(browser, { origin: server.url, apiKey: owner.apiKey });
    try {
      await context.addInitScript(armTeamProbe, { timers: running.length, project });
      await page.goto(`${server.url}/w/${owner.workspaceId}/running`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as TeamWindow).__benchTeam?.frameAt != null, undefined, { timeout: 60_000, polling: 50 });
      const at = (await page.evaluate(() => (window as unknown as TeamWindow).__benchTeam!.frameAt)) as number;
      if (i >= 0) runsMs.push(at);
    } finally {
      await context.close();
    }
  }
  return { runsMs, timers: running.length, ...spread(runsMs) };
}
