/** Turns raw results into one row per figure with its target, and prints them as a table. */
import type { Spread } from './stats';
import type { BenchResults, Row, SizeResults } from './types';

/** The size at which the "at 10,000" targets are judged. */
export const TARGET_N = 10_000;

/** Issue 14's targets (ratios are against floors measured in the same run). */
export const TARGETS = {
  /** First row ≤ 2.5× the shell floor, at 1,000 and 10,000. */
  firstRowShellRatio: 2.5,
  firstRowShellSizes: [1_000, 10_000],
  /** All loaded + totals ÷ data floor, by size. */
  loadRatio: { 10_000: 2, 50_000: 1.5 } as Record<number, number>,
  firstRowAfterFirstPageMs: 100,
  entriesJsGzipKb: 150,
  connectJsGzipKb: 100,
  domRows: 150,
  scrollP95Ms: 17,
  bulkRequests: 70,
  bulkFewerFactor: 100,
  stopTimerMs: 100,
  initialJsGzipKb: 160,
  cssGzipKb: 20,
  sandboxMedianMs: 30,
};

const ms = (v: number) => `${v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US')} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** "923 ms (901–960)": median with min–max. */
const msSpread = (s: Spread) => `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const judge = (ok: boolean): Row['result'] => (ok ? 'pass' : 'miss');

function row(figure: string, n: number | null, value: string, target = '', result: Row['result'] = 'info', note = '', extrapolated = false): Row {
  return { figure, n, value, target, result, note, extrapolated };
}

function sizeRows(s: SizeResults): Row[] {
  const rows: Row[] = [];
  const n = s.n;
  const at10k = n === TARGET_N;
  const { shell, floor, load, repeat, bulkDelete: bulk, baseline } = s;
  if (shell) rows.push(row('Shell floor: static page, nav start → first row of page 1 (median, min–max of 3)', n, msSpread(shell), '', 'info', `${int(shell.rows)} rows inserted as plain DOM`));
  if (floor) {
    const f = { median: floor.medianMs, min: floor.minMs, max: floor.maxMs };
    rows.push(row('Data floor: fetch + JSON.parse, all pages (median, min–max of 3)', n, msSpread(f), '', 'info', `${int(floor.entries)} entries, ${floor.pages} pages`));
  }
  if (load) {
    rows.push(row('Console: nav start → first entry row visible (median, min–max of 3)', n, msSpread(load.firstRow)));
    if (shell) {
      const ratio = load.firstRow.median / shell.median;
      const judged = TARGETS.firstRowShellSizes.includes(n);
      rows.push(
        row('Console first row ÷ shell floor', n, `${ratio.toFixed(2)}×`, `≤ ${TARGETS.firstRowShellRatio}× at 1,000 and 10,000`, judged ? judge(ratio <= TARGETS.firstRowShellRatio) : 'info', `${ms(load.firstRow.median)} vs ${ms(shell.median)}`),
      );
    }
    rows.push(
      row('Console: first row − first page response end (median, min–max)', n, msSpread(load.firstRowAfterFirstPage), `≤ ${TARGETS.firstRowAfterFirstPageMs} ms`, judge(load.firstRowAfterFirstPageMs <= TARGETS.firstRowAfterFirstPageMs)),
    );
    rows.push(row('Console: nav start → all loaded, totals shown (median, min–max of 3)', n, msSpread(load.loaded), '', 'info', load.runs[0]?.summary ?? ''));
    rows.push(
      row('Console: client time between list pages (sum)', n, ms(load.betweenPagesMs), '', 'info', `${load.runs[0]?.pages ?? 0} pages; their requests in flight ${ms(load.inFlightMs)} in all`),
    );
    if (floor) {
      const ratio = load.loadedMs / floor.medianMs;
      const target = TARGETS.loadRatio[n];
      rows.push(
        row('Console all loaded ÷ data floor', n, `${ratio.toFixed(2)}×`, '≤ 2× at 10,000, ≤ 1.5× at 50,000', target ? judge(ratio <= target) : 'info', `${ms(load.loadedMs)} vs ${ms(floor.medianMs)}`),
      );
    }
    rows.push(row('DOM rows after load', n, int(load.rowsAfterLoad), `≤ ${TARGETS.domRows}`, judge(load.rowsAfterLoad <= TARGETS.domRows)));
    rows.push(
      row('DOM rows after scrolling to the bottom', n, int(load.scroll.rowsAtBottom), `≤ ${TARGETS.domRows}`, judge(load.scroll.rowsAtBottom <= TARGETS.domRows), load.scroll.reachedBottom ? '' : 'did not reach the bottom'),
    );
    rows.push(
      row(
        'Scroll top → bottom (sweep in 300 frames): p95 frame time',
        n,
        ms(load.scroll.p95FrameMs),
        `≤ ${TARGETS.scrollP95Ms} ms at ${int(TARGET_N)}`,
        at10k ? judge(load.scroll.p95FrameMs <= TARGETS.scrollP95Ms) : 'info',
        `${load.scroll.frames} frames of ${int(load.scroll.stepPx)} px, mean ${load.scroll.meanFrameMs.toFixed(1)}, max ${load.scroll.maxFrameMs.toFixed(1)} ms`,
      ),
    );
    rows.push(
      row(
        'Wheel-like scroll (100 px per frame): p95 frame time',
        n,
        ms(load.wheel.p95FrameMs),
        '',
        'info',
        `${load.wheel.frames} frames from the top, mean ${load.wheel.meanFrameMs.toFixed(1)}, max ${load.wheel.maxFrameMs.toFixed(1)} ms`,
      ),
    );
    rows.push(row('JS heap after load (JSHeapUsedSize, after GC)', n, `${(load.heapBytes / 1e6).toFixed(1)} MB`));
    if (load.selectableOffered !== null) {
      rows.push(row('Selectable in the 365-day set ("Select all N matching")', n, int(load.selectableOffered), '', 'info', `of ${int(n)}; the rest are before the lock date`));
    }
  }
  if (repeat) {
    const ofShell = shell ? `; ${(repeat.firstRow.median / shell.median).toFixed(2)}× the shell floor` : '';
    const ofFloor = floor ? `; ${(repeat.loaded.median / floor.medianMs).toFixed(2)}× the data floor` : '';
    rows.push(row('Repeat visit (files and compiled code cached): nav start → first row (median, min–max of 3)', n, msSpread(repeat.firstRow), '', 'info', `same link again, same profile${ofShell}`));
    rows.push(row('Repeat visit: nav start → all loaded, totals shown (median, min–max of 3)', n, msSpread(repeat.loaded), '', 'info', `data asked for again${ofFloor}`));
  }
  if (bulk) {
    const allSelectable = bulk.selectable === n;
    rows.push(
      row(
        'Bulk delete via UI: DELETE requests',
        n,
        int(bulk.deleteRequests),
        `≤ ${TARGETS.bulkRequests} at ${int(TARGET_N)}`,
        at10k ? judge(bulk.deleteRequests <= TARGETS.bulkRequests && allSelectable) : 'info',
        `${allSelectable ? `all ${int(n)} selectable` : `only ${int(bulk.selectable)} of ${int(n)} selectable`}; 29-day set; ${int(bulk.allApiRequests)} API requests in all`,
      ),
    );
    rows.push(
      row('Bulk delete via UI: "Delete now" → result alert', n, ms(bulk.wallMs), '', bulk.deleted === bulk.ofTotal && bulk.remainingAfter === 0 ? 'info' : 'error', `Deleted ${int(bulk.deleted)} of ${int(bulk.ofTotal)}; ${bulk.remainingAfter} left in range`),
    );
  }
  if (baseline) {
    const note = baseline.extrapolated ? `timed ${int(baseline.timedEntries)} of ${int(baseline.entries)}, scaled linearly` : `${int(baseline.entries)} entries`;
    rows.push(row('Baseline: one DELETE per entry, sequential — requests', n, int(baseline.requests), '', baseline.failures ? 'error' : 'info', `${note}${baseline.failures ? `; ${baseline.failures} failed` : ''}`, baseline.extrapolated));
    rows.push(row('Baseline: one DELETE per entry — wall time', n, ms(baseline.wallMs), '', 'info', note, baseline.extrapolated));
    if (bulk && bulk.deleteRequests > 0) {
      const fewer = baseline.requests / bulk.deleteRequests;
      rows.push(
        row('Requests: baseline ÷ console', n, `${fewer.toFixed(0)}×`, `≥ ${TARGETS.bulkFewerFactor}× at ${int(TARGET_N)}`, at10k ? judge(fewer >= TARGETS.bulkFewerFactor) : 'info', '', baseline.extrapolated),
      );
      rows.push(row('Wall time: baseline ÷ console', n, `${(baseline.wallMs / bulk.wallMs).toFixed(1)}×`, '', 'info', '', baseline.extrapolated));
    }
  }
  return rows;
}

export function buildRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const s of r.perSize) rows.push(...sizeRows(s));
  if (r.stopTimer) {
    const t = r.stopTimer;
    rows.push(
      row('Stop timer: click → card shows stopped (median of 5)', null, ms(t.medianMs), `≤ ${TARGETS.stopTimerMs} ms`, judge(t.medianMs <= TARGETS.stopTimerMs), `${t.member}; runs ${t.runsMs.map((v) => v.toFixed(0)).join(', ')} ms`),
    );
  }
  if (r.teamLoad) {
    const t = r.teamLoad;
    const shell = r.perSize.find((s) => s.n === 1_000)?.shell;
    const ofShell = shell ? `; ${(t.median / shell.median).toFixed(2)}× the shell floor at 1,000` : '';
    rows.push(row('Team timers link: nav start → every timer row, with project names (median, min–max of 3)', null, msSpread(t), '', 'info', `${t.timers} running timers${ofShell}`));
  }
  if (r.bundle) {
    const b = r.bundle;
    rows.push(row('Initial JS (index.html entry + modulepreload), gzip', null, kb(b.initialJs.gzip), '', 'info', `${kb(b.initialJs.raw)} raw, ${b.initialJs.files.length} files`));
    rows.push(
      row('Initial CSS (index.html stylesheets), gzip', null, kb(b.initialCss.gzip), `≤ ${TARGETS.cssGzipKb} kB`, judge(b.initialCss.gzip <= TARGETS.cssGzipKb * 1000), `${kb(b.initialCss.raw)} raw, ${b.initialCss.files.length} files`),
    );
    rows.push(row('All JS chunks in dist/assets, gzip', null, kb(b.allJs.gzip), '', 'info', `${kb(b.allJs.raw)} raw, ${b.allJs.files.length} chunks`));
  }
  if (r.connectAssets) {
    const a = r.connectAssets;
    rows.push(
      row('JS loaded opening the connect page (observed), gzip', null, kb(a.js.gzip), `≤ ${TARGETS.connectJsGzipKb} kB`, judge(a.js.gzip <= TARGETS.connectJsGzipKb * 1000), `${kb(a.js.raw)} raw; ${kb(a.js.transferred)} over the wire; ${a.js.files.length} files`),
    );
  }
  if (r.loadedAssets) {
    const a = r.loadedAssets;
    rows.push(
      row('JS loaded opening the entries page (observed), gzip', null, kb(a.js.gzip), `≤ ${TARGETS.entriesJsGzipKb} kB`, judge(a.js.gzip <= TARGETS.entriesJsGzipKb * 1000), `${kb(a.js.raw)} raw; ${kb(a.js.transferred)} over the wire; ${a.js.files.length} files`),
    );
    if (a.jsBeforeFirstRow) {
      const first = a.jsBeforeFirstRow;
      rows.push(
        row('  of which asked for before the first row, gzip', null, kb(first.gzip), '', 'info', `${first.files.length} files; the other ${kb(a.js.gzip - first.gzip)} (${a.js.files.length - first.files.length} files) after it: the controls deferred until the range is in`),
      );
    }
    rows.push(
      row('CSS loaded opening the entries page (observed), gzip', null, kb(a.css.gzip), `≤ ${TARGETS.cssGzipKb} kB`, judge(a.css.gzip <= TARGETS.cssGzipKb * 1000), `${kb(a.css.raw)} raw; ${a.css.files.length} files`),
    );
  }
  if (r.sandbox) {
    for (const [label, p] of [
      ['probeEntryPage, :memory:', r.sandbox.memory],
      ['bench server, SQLite file', r.sandbox.file],
    ] as const) {
      rows.push(
        row(`Sandbox: 1,000-entry page of ${int(p.totalEntries)} (${label})`, null, `median ${ms(p.medianMs)}, p95 ${ms(p.p95Ms)}`, `median ≤ ${TARGETS.sandboxMedianMs} ms`, judge(p.medianMs <= TARGETS.sandboxMedianMs), `${p.samples} samples; seeded in ${int(p.seedMs)} ms`),
      );
    }
  }
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Figure', 'N', 'Value', 'Target', 'Result', 'Extrapolated', 'Notes'];
  const cells = rows.map((r) => [r.figure, r.n === null ? '—' : int(r.n), r.value, r.target, r.result, r.extrapolated ? 'yes' : '', r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 || i === 2 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ').trimEnd();
  const sep = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), sep, ...cells.map(line)].join('\n');
}

export function summarizeMisses(rows: readonly Row[]): string {
  const misses = rows.filter((r) => r.result === 'miss' || r.result === 'error');
  if (misses.length === 0) return 'Every target met.';
  return `Missed or wrong (${misses.length}): ${misses.map((r) => `${r.figure}${r.n ? ` @${int(r.n)}` : ''} = ${r.value} (target ${r.target || 'n/a'})`).join('; ')}`;
}
