/**
 * The shell floor: the fastest a page on the app's origin can show the first entry row. A
 * static HTML page with one small classic script (no framework, no bundle) reads the key the
 * app reads (`sessionStorage['timekeeper.connection']`), fetches page 1 of the same range with
 * the same query, inserts its rows as plain DOM and records the frame after. Time from
 * navigation start (the page's own `performance.now()`), a fresh context per run (cold cache),
 * one unmeasured warm-up, then the runs. The files are written into the bench's dist snapshot
 * only; they never ship.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { freshPage } from '../browser';
import type { DemoKey } from '../server';
import { PAGE_SIZE, type Range } from '../scenario';
import { spread, type Spread } from '../stats';

export const SHELL_PATH = '/bench-shell.html';

export interface ShellFloor extends Spread {
  runsMs: number[];
  rows: number;
}

const SHELL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Shell floor</title>
<script src="/bench-shell.js" defer></script></head>
<body><div role="list" id="list"></div></body></html>
`;

/** Plain ES5-ish script, served as /bench-shell.js (the CSP allows only same-origin scripts). */
const SHELL_JS = `(function () {
  var conn = JSON.parse(sessionStorage.getItem('timekeeper.connection'));
  var q = new URLSearchParams(location.search);
  var qs = new URLSearchParams({ start: q.get('from') + 'T00:00:00Z', end: q.get('to') + 'T23:59:59Z', page: '1', 'page-size': '${PAGE_SIZE}' });
  var url = conn.baseUrl + '/v1/workspaces/' + q.get('ws') + '/user/' + q.get('user') + '/time-entries?' + qs;
  fetch(url, { headers: { 'X-Api-Key': conn.apiKey }, credentials: 'omit' })
    .then(function (res) { if (!res.ok) throw new Error('HTTP ' + res.status); return res.json(); })
    .then(function (items) {
      var list = document.getElementById('list');
      var frag = document.createDocumentFragment();
      for (var i = 0; i < items.length; i++) {
        var e = items[i];
        var row = document.createElement('div');
        row.setAttribute('role', 'listitem');
        row.textContent = (e.description || '(no description)') + ' · ' + e.timeInterval.start + ' – ' + (e.timeInterval.end || 'running');
        frag.appendChild(row);
      }
      list.appendChild(frag);
      window.__shellRows = items.length;
      requestAnimationFrame(function () { window.__shellFirstRow = performance.now(); });
    })
    .catch(function (err) { window.__shellError = String(err); });
})();
`;

/** Writes the shell page into a dist directory the bench server serves. */
export function installShell(distDir: string): void {
  writeFileSync(join(distDir, SHELL_PATH.slice(1)), SHELL_HTML);
  writeFileSync(join(distDir, 'bench-shell.js'), SHELL_JS);
}

interface ShellWindow {
  __shellFirstRow?: number;
  __shellRows?: number;
  __shellError?: string;
}

export async function measureShellFloor(browser: Browser, origin: string, viewer: DemoKey, member: DemoKey, range: Range, runs = 3): Promise<ShellFloor> {
  return measureFloorPage(browser, origin, viewer, `${origin}${SHELL_PATH}?${floorQuery(member, range)}`, runs);
}

/** The query a floor page reads: whose entries, the range, and the app's page size. */
export function floorQuery(member: DemoKey, range: Range): URLSearchParams {
  return new URLSearchParams({ ws: member.workspaceId, user: member.userId, from: range.from, to: range.to, pageSize: String(PAGE_SIZE) });
}

/**
 * Opens a floor page (one that sets `__shellFirstRow`, `__shellRows` or `__shellError`, as the
 * shell does) in a fresh context per run, after one unmeasured warm-up.
 */
export async function measureFloorPage(browser: Browser, origin: string, viewer: DemoKey, url: string, runs = 3): Promise<ShellFloor> {
  const runsMs: number[] = [];
  let rows = 0;
  for (let i = -1; i < runs; i++) {
    const { context, page } = await freshPage(browser, { origin, apiKey: viewer.apiKey });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => {
        const w = window as unknown as ShellWindow;
        if (w.__shellError) throw new Error(w.__shellError);
        return w.__shellFirstRow != null;
      }, undefined, { polling: 20 });
      const got = (await page.evaluate(() => {
        const w = window as unknown as ShellWindow;
        return { at: w.__shellFirstRow!, rows: w.__shellRows! };
      })) as { at: number; rows: number };
      if (i >= 0) runsMs.push(got.at);
      rows = got.rows;
    } finally {
      await context.close();
    }
  }
  return { runsMs, rows, ...spread(runsMs) };
}
