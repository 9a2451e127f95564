/**
 * Allowed Clockify hosts are configuration (CLOCKIFY_EXTRA_HOSTS): a console started with an
 * extra host lets the connect page's custom base URL reach it — the page accepts it and the
 * CSP lets the browser call it — and says clearly, naming the setting, when a host is not
 * allowed, without sending it anything. The "extra host" is a second sandbox on another port.
 */
import { expect, request, test } from '@playwright/test';
import { startServer, type RunningServer } from '../server/main';

interface DemoKey {
  name: string;
  role: string;
  apiKey: string;
}

let upstream: RunningServer;
let consoleServer: RunningServer;

test.beforeAll(async () => {
  upstream = await startServer({ port: 0, host: '127.0.0.1', dbPath: ':memory:', serveApp: false, log: false });
  consoleServer = await startServer({
    port: 0, host: '127.0.0.1', dbPath: ':memory:', serveApp: true, log: false, clockifyExtraHosts: [upstream.url],
  });
});
test.afterAll(async () => {
  await consoleServer?.close();
  await upstream?.close();
});

test('a custom base URL works for an allowed host and is refused, naming the setting, for another', async ({ page }) => {
  const api = await request.newContext({ baseURL: upstream.url });
  const owner = ((await (await api.get('/sandbox/demo-keys')).json()) as DemoKey[]).find((k) => k.role === 'OWNER')!;
  await api.dispose();
  const otherHost = `localhost:${upstream.port}`;
  const requestedHosts: string[] = [];
  page.on('request', (r) => requestedHosts.push(new URL(r.url()).host));
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  await page.goto(`${consoleServer.url}/connect`);
  await page.getByRole('tab', { name: 'Clockify' }).click();
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Custom base URL' }).click();
  await page.getByLabel('API key').fill(owner.apiKey);

  // Not in CLOCKIFY_EXTRA_HOSTS (same machine, but another host name): refused before any request.
  await page.getByRole('textbox', { name: 'Base URL' }).fill(`http://${otherHost}/api`);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(
    page.getByText(`This deployment does not allow that host (${otherHost}). Ask whoever runs it to add it to CLOCKIFY_EXTRA_HOSTS.`),
  ).toBeVisible();
  expect(requestedHosts).not.toContain(otherHost);

  // The allowed host: the page accepts it, the CSP lets the browser call it, and it connects.
  await page.getByRole('textbox', { name: 'Base URL' }).fill(`${upstream.url}/api`);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${owner.name}’s time entries` })).toBeVisible();
  expect(requestedHosts).toContain(new URL(upstream.url).host);
  expect(cspViolations).toEqual([]);
});
