/**
 * Accessibility: an axe scan of every page and dialog, in light and dark mode. No serious or
 * critical violation may remain; a per-page summary (by impact) is printed after the run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectAs, expect, test } from './fixtures';
import { ownerIn, peopleWithRunningTimers } from './helpers/api';
import { checkboxName, daysAgo, openMember, pickable, scrollUntilRendered } from './helpers/entries';

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

interface Finding {
  mode: string;
  page: string;
  counts: Record<Impact, number>;
  details: string[];
}
const findings: Finding[] = [];

test.afterAll(() => {
  if (!findings.length) return;
  const lines = findings.map(
    (f) =>
      `${f.mode.padEnd(5)} ${f.page.padEnd(34)} critical ${f.counts.critical}  serious ${f.counts.serious}  moderate ${f.counts.moderate}  minor ${f.counts.minor}` +
      (f.details.length ? `\n        ${f.details.join('\n        ')}` : ''),
  );
  console.log(`\naxe violations per page (nodes, by impact):\n${lines.join('\n')}\n`);
});

/** Scans the page as it is now and records the result; fails on serious or critical findings. */
async function scan(page: Page, mode: string, name: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const counts: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const details: string[] = [];
  for (const v of result.violations) {
    const impact = (v.impact ?? 'minor') as Impact;
    counts[impact] += v.nodes.length;
    const colours = [...new Set(v.nodes.map((n) => /foreground color: (#\w+), background color: (#\w+)/.exec(n.failureSummary ?? '')?.slice(1).join(' on ')).filter(Boolean))];
    details.push(`${impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${colours.length ? ` [${colours.join(', ')}]` : ''}`);
  }
  const bad: string[] = [];
  for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    for (const n of v.nodes) bad.push(`${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} ${n.failureSummary ?? ''}`);
  }
  findings.push({ mode, page: name, counts, details });
  expect.soft(bad, `${mode} · ${name}`).toEqual([]);
}

for (const mode of ['light', 'dark'] as const) {
  test(`every page and dialog, ${mode} mode`, async ({ page, sandbox }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: mode });
    await page.goto('/connect');
    await expect(page.getByRole('button', { name: /^Connect as / }).first()).toBeVisible();
    // The header toggle names the other mode: make sure the app is in the one we want.
    await scan(page, mode, 'connect · Sandbox tab');
    await page.getByRole('tab', { name: 'Clockify' }).click();
    await expect(page.getByLabel('API key')).toBeVisible();
    await scan(page, mode, 'connect · Clockify tab');

    const running = (await peopleWithRunningTimers(sandbox)).find(({ person }) => person.workspaceName === 'Northwind Studio')!;
    const member = running.person;
    await connectAs(page, ownerIn(sandbox, member.workspaceId));
    const toggle = page.getByRole('button', { name: /^Switch to (dark|light) mode$/ });
    if ((await toggle.getAttribute('aria-label')) !== `Switch to ${mode === 'dark' ? 'light' : 'dark'} mode`) await toggle.click();
    await expect(page.getByRole('button', { name: `Switch to ${mode === 'dark' ? 'light' : 'dark'} mode` })).toBeVisible();

    await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
    const card = page.getByRole('region', { name: 'Running timer' });
    await expect(card.getByRole('button', { name: 'Stop timer' })).toBeVisible();
    await expect(page.getByText(/^\d[\d,]* entr(y|ies) · total/)).toBeVisible();
    await scan(page, mode, 'entries');

    await card.getByRole('button', { name: 'Stop timer' }).click();
    const stopDialog = page.getByRole('dialog', { name: 'Stop running timer' });
    await expect(stopDialog).toBeVisible();
    await stopDialog.getByRole('button', { name: 'End time' }).click();
    await expect(page.getByRole('button', { name: 'Confirm end time' })).toBeVisible();
    await scan(page, mode, 'stop-timer dialog + picker open');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Confirm end time' })).toBeHidden();
    await stopDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(stopDialog).toBeHidden();

    const picked = (await sandbox.entries(member)).filter(pickable).slice(0, 2);
    for (const e of picked) await page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true }).click();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 time entries' });
    await expect(confirm.getByRole('table', { name: 'Totals per project' })).toBeVisible();
    await scan(page, mode, 'bulk-delete confirm dialog');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Delete now' })).toBeVisible();
    await scan(page, mode, 'entries · undo notice');
    await page.getByRole('button', { name: 'Delete now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 of 2' })).toBeVisible();
    await scan(page, mode, 'entries · deletion result');

    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('region', { name: /2 entries deleted/ })).toBeVisible();
    await scan(page, mode, 'deletion history');

    await page.getByRole('link', { name: 'Team timers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Running timers' }).or(page.getByText('No timers are running.'))).toBeVisible();
    await scan(page, mode, 'team timers');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan(page, mode, 'not found');
  });
}

test.describe('at phone size', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const mode of ['light', 'dark'] as const) {
    test(`the main pages, the menu and the delete dialog, ${mode} mode`, async ({ page, sandbox }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: mode });
      await page.goto('/connect');
      await expect(page.getByRole('button', { name: /^Connect as / }).first()).toBeVisible();
      await scan(page, `${mode}/phone`, 'connect · Sandbox tab');

      const member = sandbox.person((p) => p.role === 'USER' && p.workspaceName === 'Northwind Studio', 'member');
      await connectAs(page, ownerIn(sandbox, member.workspaceId));
      await openMember(page, member, daysAgo(20, member.timeZone), daysAgo(0, member.timeZone));
      await expect(page.getByText(/^\d[\d,]* entr(y|ies) · total/)).toBeVisible();
      await scan(page, `${mode}/phone`, 'entries');

      await page.getByRole('button', { name: 'Open menu' }).click();
      await expect(page.getByRole('button', { name: 'Disconnect' })).toBeVisible();
      await scan(page, `${mode}/phone`, 'menu open');
      await page.getByRole('button', { name: 'Close menu' }).click();

      const picked = (await sandbox.entries(member)).filter(pickable).slice(0, 2);
      for (const e of picked) {
        const box = page.getByRole('checkbox', { name: checkboxName(e, member.timeZone), exact: true });
        await scrollUntilRendered(page, box);
        await box.click();
      }
      await page.getByRole('button', { name: 'Delete selected' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete 2 time entries' })).toBeVisible();
      await scan(page, `${mode}/phone`, 'bulk-delete confirm dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

      await page.goto(`/w/${member.workspaceId}/running`);
      await expect(page.getByRole('heading', { level: 1, name: 'Team timers' })).toBeVisible();
      await scan(page, `${mode}/phone`, 'team timers');
    });
  }
});
