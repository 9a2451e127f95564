/** The shape of bench/results.json. */
import type { BaselineResult } from './metrics/baseline-delete';
import type { BulkDeleteResult } from './metrics/bulk-delete';
import type { BundleSizes, SizeSet } from './metrics/bundle';
import type { ConsoleLoad } from './metrics/console-load';
import type { DataFloor } from './metrics/data-floor';
import type { RepeatVisit } from './metrics/repeat-visit';
import type { ShellFloor } from './metrics/shell-floor';
import type { SandboxResult } from './metrics/sandbox';
import type { StopTimerResult } from './metrics/stop-timer';
import type { TeamLoad } from './metrics/team-load';

export interface SizeResults {
  n: number;
  member: string;
  range: { from: string; to: string };
  seedMs: number | null;
  shell?: ShellFloor;
  floor?: DataFloor;
  load?: ConsoleLoad;
  repeat?: RepeatVisit;
  bulkDelete?: BulkDeleteResult;
  baseline?: BaselineResult;
}

export interface LoadedAssetSizes {
  js: SizeSet & { transferred: number };
  css: SizeSet & { transferred: number };
  /** Of `js`, what was asked for before the first row showed (entries page only). */
  jsBeforeFirstRow?: SizeSet;
}

export interface Row {
  figure: string;
  n: number | null;
  value: string;
  target: string;
  /** pass / miss where a target applies, `info` otherwise. */
  result: 'pass' | 'miss' | 'info' | 'error';
  extrapolated: boolean;
  note: string;
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  machine: { cpus: number; node: string; chromium: string; platform: string };
  sizes: number[];
  /** The built app that was measured. */
  dist: string;
  bundle?: BundleSizes;
  loadedAssets?: LoadedAssetSizes;
  connectAssets?: LoadedAssetSizes;
  stopTimer?: StopTimerResult;
  /** Opening a Team timers link cold. */
  teamLoad?: TeamLoad;
  sandbox?: SandboxResult;
  perSize: SizeResults[];
  errors: string[];
  rows?: Row[];
}
