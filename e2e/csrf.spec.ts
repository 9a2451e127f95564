/**
 * Another site's page cannot drive the sandbox controls from a real browser: an
 * auto-submitted HTML form (which Chromium sends even where it would block a `fetch` to a
 * private address) and a `no-cors` text/plain fetch, both from a page on another origin of
 * this machine, are refused — judged through the controls' own API afterwards.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

let attacker: Server;
let attackerOrigin = '';

/** The attacker's pages, served from another port (another origin, the same site). */
function attackPages(target: string): Record<string, string> {
  return {
    '/form': `<!doctype html><title>win a prize</title>
      <form id="f" method="POST" action="${target}/sandbox/reset" enctype="text/plain"></form>
      <script>document.getElementById('f').submit()</script>`,
    '/fetch': `<!doctype html><title>win a prize</title><p id="out">sending</p>
      <script>
        fetch('${target}/sandbox/reset', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{}' })
          .then(() => { document.getElementById('out').textContent = 'sent'; }, () => { document.getElementById('out').textContent = 'failed'; });
      </script>`,
  };
}

test.beforeAll(async ({ baseURL }) => {
  const pages = attackPages(baseURL!);
  attacker = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html' }).end(page ?? '');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
});

test.describe('sandbox controls and other sites', () => {
  test('an auto-submitted form from another site cannot reset the sandbox', async ({ page, sandbox }) => {
    await sandbox.faults({ latencyMs: 1 }); // a reset would clear this
    const answer = page.waitForResponse((r) => r.url().endsWith('/sandbox/reset'));
    await page.goto(`${attackerOrigin}/form`);
    expect((await answer).status()).toBe(403);
    await expect(page.getByText('Sandbox controls refuse requests from another site')).toBeVisible();
    expect(await (await page.request.get('/sandbox/faults')).json()).toMatchObject({ latencyMs: 1 });
    await sandbox.clearFaults();
  });

  test('a no-cors text/plain fetch from another site cannot reset it either', async ({ page, sandbox }) => {
    await sandbox.faults({ latencyMs: 1 });
    const answer = page.waitForResponse((r) => r.url().endsWith('/sandbox/reset'));
    await page.goto(`${attackerOrigin}/fetch`);
    expect((await answer).status()).toBe(403);
    await expect(page.getByText('sent', { exact: true })).toBeVisible();
    expect(await (await page.request.get('/sandbox/faults')).json()).toMatchObject({ latencyMs: 1 });
    await sandbox.clearFaults();
  });
});
