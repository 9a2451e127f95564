// Mutation testing of the safety-critical modules: `npm run test:mutation` (not part of
// `npm test`: a full run takes a while). One module at a time keeps runs short:
//   npx stryker run --mutate src/clockify/chunking.ts
// Results and the modules' scores: docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the unit tests that import a mutated file run for it (vitest `related`); see
  // vitest.mutation.config.ts for why component tests are left out.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test worker.
  concurrency: 1,
  mutate: [
    // Which ids go into which DELETE, and the DELETE itself.
    'src/clockify/chunking.ts',
    'src/clockify/endpoints.ts:161-192',
    // The undo window, the backup before the first DELETE, and what is reported deleted.
    'src/features/bulk-delete/delete-queue.ts',
    'src/features/bulk-delete/run-deletion.ts',
    // Which entries are selected, and restoring them.
    'src/features/bulk-delete/selection.ts',
    'src/features/bulk-delete/restore.ts',
    // The end a timer is stopped at.
    'src/features/timer/stop-schema.ts',
    // Zones, days, the wire format.
    'src/lib/dates.ts',
    // Throttling and the retry policy.
    'src/clockify/rate-limiter.ts',
    // The client's retry policy: the default, the backoff and its wait, the request loop.
    'src/clockify/client.ts:55-80',
    'src/clockify/client.ts:131-158',
  ],
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
