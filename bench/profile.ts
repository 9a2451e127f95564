/**
 * `npx tsx bench/profile.ts [--size=10000] [--dist=DIR]`: one cold open of the entries page
 * under a CDP CPU profile (after an unmeasured warm-up), then prints where the main thread's
 * time went before the first row — self time by script and by function — and the timeline of
 * the requests (scripts and API) against the first row. For choosing what to speed up; it
 * asserts nothing. `--phase=stream` reports the time from the first row until all is loaded instead.
 */
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildIfNeeded } from '../server/main';
import { freshPage, launchBrowser } from './browser';
import { installLoadProbe, type LoadProbe, type ProbeWindow } from './metrics/load-probe';
import { flag } from './args';
import { BenchServer, type DemoKey } from './server';
import { entriesPath, type Range } from './scenario';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `--phase=boot` (default): navigation → first row; `--phase=stream`: first row → all loaded. */
const phase = flag('phase') === 'stream' ? 'stream' : 'boot';

async function profileOnce(browser: Browser, origin: string, viewer: DemoKey, member: DemoKey, range: Range, expected: number, record: boolean) {
  const { context, page } = await freshPage(browser, { origin, apiKey: viewer.apiKey });
  try {
    await context.addInitScript(installLoadProbe, expected);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // performance.now() 0 in the page = navigation start; CDP profile times are monotonic µs.
    await page.goto(`${origin}${entriesPath(member, range)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchLoad?.loadedFrame != null, undefined, { timeout: 300_000, polling: 100 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const probe = (await page.evaluate(() => (window as unknown as ProbeWindow).__benchLoad)) as LoadProbe;
    const timeline = (await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name.replace(location.origin, ''), start: r.startTime, end: r.responseEnd, bytes: r.decodedBodySize };
      }),
    )) as { name: string; start: number; end: number; bytes: number }[];
    const nav = (await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd, timeOrigin: performance.timeOrigin };
    })) as { responseEnd: number; domInteractive: number; domContentLoaded: number; timeOrigin: number };
    if (record) report(profile, probe, timeline, nav);
  } finally {
    await context.close();
  }
}

function report(
  profile: CpuProfile,
  probe: LoadProbe,
  timeline: { name: string; start: number; end: number; bytes: number }[],
  nav: { responseEnd: number; domInteractive: number; domContentLoaded: number },
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perFn = new Map<string, number>();
  const perUrl = new Map<string, number>();
  let t = profile.startTime;
  const firstRowUs = probe.firstRowDom! * 1000;
  const [fromUs, toUs] = phase === 'boot' ? [0, firstRowUs] : [firstRowUs, probe.loadedDom! * 1000];
  // Navigation start ≈ the profile's start (it starts just before page.goto): a few ms early.
  const navStartUs = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t - navStartUs < fromUs) continue;
    if (t - navStartUs > toUs) break;
    const node = byId.get(profile.samples[i])!;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.replace(/^https?:\/\/[^/]+/, '') : `(${functionName || 'native'})`;
    if (functionName === '(idle)' || functionName === '(program)') {
      perUrl.set(functionName, (perUrl.get(functionName) ?? 0) + dt);
      continue;
    }
    total += dt;
    perUrl.set(file, (perUrl.get(file) ?? 0) + dt);
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    perFn.set(key, (perFn.get(key) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`\nFirst row (DOM) at ${probe.firstRowDom?.toFixed(0)} ms, visible ${probe.firstRowFrame?.toFixed(0)} ms; all loaded ${probe.loadedFrame?.toFixed(0)} ms`);
  console.log(`Document response end ${nav.responseEnd.toFixed(0)} ms, DOM interactive ${nav.domInteractive.toFixed(0)} ms, DOMContentLoaded ${nav.domContentLoaded.toFixed(0)} ms`);
  const window = phase === 'boot' ? 'before the first row' : 'from the first row until all is loaded';
  console.log(`\nMain-thread JS ${window}: ${(total / 1000).toFixed(0)} ms (sampled). By script:\n${top(perUrl, 15)}`);
  console.log(`\nBy function (self time):\n${top(perFn, 30)}`);
  console.log('\nRequests (ms from navigation start):');
  for (const r of timeline.sort((a, b) => a.start - b.start).filter((r) => r.start < (probe.loadedFrame ?? Infinity))) {
    console.log(`  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.bytes / 1000).toFixed(1).padStart(7)} kB  ${r.name.replace(/start=[^&]*&end=[^&]*&/, "…").slice(0, 110)}`);
  }
}

async function main() {
  const size = Number(flag('size') ?? 10_000);
  const dist = flag('dist');
  if (!dist) await buildIfNeeded();
  const server = await BenchServer.start(dist ? resolve(dist) : undefined);
  const browser = await launchBrowser();
  try {
    const { owner, member, range } = await server.seedHeavyYear(size);
    await profileOnce(browser, server.url, owner, member, range, size, false);
    await profileOnce(browser, server.url, owner, member, range, size, true);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
