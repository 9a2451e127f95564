import { connectAs, expect, test } from './fixtures';

const STORAGE_KEY = 'timekeeper.connection';

test.describe('smoke', () => {
  test('a manager connects through the Sandbox tab and sees their own entries', async ({ page, sandbox }) => {
    const manager = sandbox.person((p) => p.role === 'TEAM_MANAGER', 'a team manager');

    await page.goto('/');
    await expect(page).toHaveURL(/\/connect$/);
    await expect(page.getByRole('heading', { name: 'Connect', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sandbox' })).toHaveAttribute('aria-selected', 'true');

    await page.getByRole('button', { name: `Connect as ${manager.name} (${manager.workspaceName})`, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${manager.name}’s time entries` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/w/${manager.workspaceId}/u/${manager.userId}(\\?|$)`));
    await expect(page.getByRole('banner').getByText(`${manager.name} · Sandbox`)).toBeVisible();
    await expect(page.getByText(`Days and times in ${manager.timeZone}`)).toBeVisible();
  });

  test('pages need a connection: without one every page goes to /connect', async ({ page, sandbox }) => {
    const owner = sandbox.owner;
    for (const path of ['/', `/w/${owner.workspaceId}/running`, `/w/${owner.workspaceId}/u/${owner.userId}?from=2026-01-01&to=2026-01-31`]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/connect(\?|$)/);
      await expect(page.getByRole('heading', { name: 'Connect', level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: /time entries|Team timers/ })).toHaveCount(0);
    }
  });

  test('Disconnect removes the key from sessionStorage and localStorage', async ({ page, sandbox }) => {
    const manager = sandbox.person((p) => p.role === 'WORKSPACE_ADMIN', 'a workspace admin');
    await connectAs(page, manager);
    await expect(page.getByRole('heading', { level: 1, name: `${manager.name}’s time entries` })).toBeVisible();

    const stored = () =>
      page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: localStorage.getItem(key), all: JSON.stringify({ ...sessionStorage, ...localStorage }) }), STORAGE_KEY);
    expect((await stored()).session).toContain(manager.apiKey);

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('heading', { name: 'Connect', level: 1 })).toBeVisible();
    // No way back to this member's page: the next person to connect lands on their own.
    await expect(page).toHaveURL(/\/connect$/);
    const after = await stored();
    expect(after.session).toBeNull();
    expect(after.local).toBeNull();
    expect(after.all).not.toContain(manager.apiKey);
    const member = sandbox.person((p) => p.role === 'USER' && p.workspaceId === manager.workspaceId, 'a member of the same workspace');
    await page.getByRole('button', { name: `Connect as ${member.name} (${member.workspaceName})`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${member.name}’s time entries` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/w/${member.workspaceId}/u/${member.userId}(\\?|$)`));
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('heading', { name: 'Connect', level: 1 })).toBeVisible();

    // Still disconnected after a reload, and pages stay closed.
    await page.goto(`/w/${manager.workspaceId}/u/${manager.userId}`);
    await expect(page).toHaveURL(/\/connect\?next=/);
  });
});
