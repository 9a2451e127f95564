import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHttp, startTestServer, type TestServer } from '../test-utils';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

let seen: Seen[] = [];
let s: TestServer;
let offline: TestServer;

beforeAll(async () => {
  s = await startTestServer({
    clockifyExtraHosts: ['https://clockify.corp.example'],
    proxyFetch: async (url, init) => {
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((v, k) => (headers[k] = v));
      const body = init.body ? Buffer.from(init.body as Uint8Array).toString() : null;
      seen.push({ url, method: init.method ?? 'GET', headers, body });
      return new Response('[{"id":"x"}]', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'last-page': 'true', 'Set-Cookie': 'session=1', 'X-Upstream-Secret': 's', 'Retry-After': '2' },
      });
    },
  });
  // The real fetch: this machine has no internet, so the upstream is unreachable.
  offline = await startTestServer({ proxyFetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(3000) }) });
});
afterAll(async () => {
  await s.close();
  await offline.close();
});

describe('proxy', () => {
  it('forwards to the allow-listed host with only the allowed headers, and filters the answer', async () => {
    seen = [];
    const res = await s.call('GET', '/proxy/euc1/api/v1/workspaces/abc/projects?page-size=5&archived=false', {
      key: 'k'.repeat(48),
      headers: { Cookie: 'a=b', Authorization: 'Bearer x', 'X-Forwarded-Host': 'evil.example', Host: 'evil.example', Origin: 'http://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: 'x' }]);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe('https://euc1.clockify.me/api/v1/workspaces/abc/projects?page-size=5&archived=false');
    expect(seen[0].headers).toEqual({ 'x-api-key': 'k'.repeat(48) });
    expect(res.headers.get('last-page')).toBe('true');
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-upstream-secret')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('forwards method, body, Content-Type and X-Addon-Token; global goes to api.clockify.me', async () => {
    seen = [];
    await s.call('PATCH', '/proxy/global/api/v1/workspaces/w/user/u/time-entries', {
      headers: { 'X-Addon-Token': 'tok' }, body: { end: '2026-08-12T12:00:00Z' },
    });
    expect(seen[0]).toEqual({
      url: 'https://api.clockify.me/api/v1/workspaces/w/user/u/time-entries',
      method: 'PATCH',
      headers: { 'x-addon-token': 'tok', 'content-type': 'application/json' },
      body: '{"end":"2026-08-12T12:00:00Z"}',
    });
  });

  it('refuses unknown regions and non-API paths without calling upstream', async () => {
    seen = [];
    for (const path of ['/proxy/evil.example/api/v1/user', '/proxy/api.clockify.me/api/v1/user', '/proxy//api/v1/user', '/proxy/__proto__/api/v1/user', '/proxy/toString/api/v1/user']) {
      const res = await s.call('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body).toEqual({ message: expect.any(String), code: 3000 });
    }
    expect((await s.call('GET', '/proxy/euc1/admin')).status).toBe(404);
    expect((await s.call('GET', '/proxy/euc1//evil.example/api/v1/user')).status).toBe(404);
    expect(seen).toHaveLength(0);
  });

  it('refuses encoded traversal, backslashes, dot segments and encoded separators with 400 and a reason', async () => {
    seen = [];
    const cases: [string, RegExp][] = [
      ['/proxy/global/api/v1/%5c..%5c..%5cx', /separator|backslash/i],
      ['/proxy/global/api/v1/%5C..%5C..%5Cx', /separator|backslash/i],
      ['/proxy/global/api/v1/workspaces%2f..%2f..%2fx', /separator/i],
      ['/proxy/global/api/v1/workspaces/%2e%2e/%2e%2e/x', /dot segment/i],
      ['/proxy/global/api/v1/./user', /dot segment/i],
      ['/proxy/global/api/v1/workspaces/../../../x', /dot segment/i],
      ['/proxy/global/api/v1/a\\..\\..\\x', /backslash/i],
      ['/proxy/global/api/v1/%zz', /encoding/i],
    ];
    for (const [path, reason] of cases) {
      const res = await rawHttp(s.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body), path).toEqual({ message: expect.stringMatching(reason), code: 3000 });
    }
    expect(seen).toHaveLength(0);
  });

  it('forwards a normalised path: each segment decoded once and re-encoded', async () => {
    seen = [];
    await s.call('GET', '/proxy/global/api/v1/workspaces/%252e%252e/projects?name=a%2Fb', { key: 'k' });
    expect(seen[0].url).toBe('https://api.clockify.me/api/v1/workspaces/%252e%252e/projects?name=a%2Fb');
  });

  it('forwards to an extra host from CLOCKIFY_EXTRA_HOSTS by its name, and only to that', async () => {
    seen = [];
    const res = await s.call('GET', '/proxy/clockify.corp.example/api/v1/user', { key: 'k' });
    expect(res.status).toBe(200);
    expect(seen.map((x) => x.url)).toEqual(['https://clockify.corp.example/api/v1/user']);
    const other = await s.call('GET', '/proxy/clockify.other.example/api/v1/user', { key: 'k' });
    expect(other.status).toBe(400);
    expect(other.body.message).toContain('clockify.corp.example');
    expect(seen).toHaveLength(1);
  });

  it('413 for bodies over 1 MB', async () => {
    seen = [];
    const res = await s.call('POST', '/proxy/use2/api/v1/workspaces/w/time-entries', { body: { description: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
    expect(seen).toHaveLength(0);
  });

  it('502 when Clockify cannot be reached', async () => {
    const res = await offline.call('GET', '/proxy/apse2/api/v1/user', { key: 'k' });
    expect(res.status).toBe(502);
    expect(res.body).toEqual({ message: 'Could not reach Clockify (apse2)', code: 502 });
  });
});
