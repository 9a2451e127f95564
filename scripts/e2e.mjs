#!/usr/bin/env node
// Runs Playwright with the browser it finds; if there is none, says in one line how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

let browser = findChromium();
if (browser === 'playwright') {
  const { chromium } = await import('@playwright/test');
  browser = existsSync(chromium.executablePath()) ? '' : null;
}
if (browser === null) {
  console.error(
    'No Chromium found: install one (Debian: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const hasProject = args.some((a) => a.startsWith('--project'));
const res = spawnSync('npx', ['playwright', 'test', ...(hasProject ? [] : ['--project=e2e', '--project=phone']), ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser ?? '' },
});
process.exit(res.status ?? 1);
