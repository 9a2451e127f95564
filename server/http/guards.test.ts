/**
 * Contract tests for the server's outer guards, over real HTTP: only this machine's pages drive
 * the sandbox controls, every route checks Host (DNS rebinding), JSON routes refuse other
 * content types, and Node's own error answers carry the security headers too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesPath, EMAILS, rawHttp, startTestServer, type TestServer } from '../test-utils';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ allowedHosts: ['console.example.com'] });
});
afterAll(() => s.close());

const get = (path: string, host: string, extra = '') =>
  rawHttp(s.port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

describe('sandbox controls refuse other sites (CSRF)', () => {
  it('a cross-site text/plain POST to /sandbox/reset is refused and changes nothing', async () => {
    await s.call('POST', '/sandbox/faults', { body: { latencyMs: 1 } });
    const res = await s.call('POST', '/sandbox/reset', {
      rawBody: '{}',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://attacker.example' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: expect.stringMatching(/another site/), code: 403 });
    // The faults set above survive: the reset did not happen.
    expect((await s.call('GET', '/sandbox/faults')).body.latencyMs).toBe(1);
    await s.call('DELETE', '/sandbox/faults');
  });

  it('an auto-submitted HTML form (urlencoded, Sec-Fetch-Site: cross-site, no Origin) is refused', async () => {
    const res = await s.call('POST', '/sandbox/faults', {
      rawBody: 'latencyMs=5000',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect((await s.call('GET', '/sandbox/faults')).body.latencyMs).toBe(0);
  });

  it('text/plain from no site at all (curl without -H) is 415, naming the type to send', async () => {
    const res = await s.call('POST', '/sandbox/faults', { rawBody: '{"latencyMs":5}', headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ message: expect.stringContaining('application/json'), code: 3000 });
    expect((await s.call('GET', '/sandbox/faults')).body.latencyMs).toBe(0);
  });

  it('same-site but another origin (another port on this machine) is refused too', async () => {
    for (const headers of [{ 'Sec-Fetch-Site': 'same-site' }, { Origin: 'http://127.0.0.1:1' }, { Origin: 'null' }] as Record<string, string>[]) {
      const res = await s.call('POST', '/sandbox/faults', { body: { latencyMs: 3 }, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await s.call('GET', '/sandbox/faults')).body.latencyMs).toBe(0);
  });

  it("this machine's own pages and curl keep working (same origin, JSON)", async () => {
    const own = await s.call('POST', '/sandbox/faults', {
      body: { latencyMs: 2 },
      headers: { Origin: s.url, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const curl = await s.call('POST', '/sandbox/faults', { body: { latencyMs: 0 } });
    expect(curl.status).toBe(200);
    expect((await s.call('DELETE', '/sandbox/stats')).status).toBe(200);
    expect((await s.call('POST', '/sandbox/reset', { rawBody: '', headers: { 'Content-Type': 'application/json' } })).status).toBe(200);
  });
});

describe('Host check (DNS rebinding)', () => {
  it('a foreign Host gets no keys, on every kind of route', async () => {
    for (const path of ['/sandbox/demo-keys', '/api/v1/user', '/proxy/global/api/v1/user', '/']) {
      const res = await get(path, 'attacker.example:80');
      expect(res.status, path).toBe(421);
      expect(res.body, path).not.toContain('apiKey');
      expect(res.body, path).toContain('ALLOWED_HOSTS');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('loopback names and the configured names are answered, with any port', async () => {
    for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `[::1]:${s.port}`, 'LOCALHOST', 'console.example.com', 'Console.Example.com:443']) {
      const res = await get('/api/v1/user', host);
      expect(res.status, host).toBe(401); // past the Host check, stopped by auth
    }
    for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `[::1]:${s.port}`]) {
      expect((await get('/sandbox/demo-keys', host)).body, host).toContain('apiKey');
    }
  });

  it('the sandbox controls stay local even for a configured name or a forwarded request (a reverse proxy in front)', async () => {
    for (const [host, extra] of [['console.example.com', ''], ['127.0.0.1', 'X-Forwarded-For: 10.0.0.7\r\n'], ['127.0.0.1', 'Forwarded: for=10.0.0.7\r\n']]) {
      const res = await get('/sandbox/demo-keys', host, extra);
      expect(res.status, `${host} ${extra}`).toBe(403);
      expect(res.body).not.toContain('apiKey');
    }
  });

  it('a name that merely contains an allowed one is foreign', async () => {
    for (const host of ['localhost.attacker.example', 'console.example.com.attacker.example', '127.0.0.1.nip.io']) {
      expect((await get('/sandbox/demo-keys', host)).status, host).toBe(421);
    }
  });
});

describe('JSON routes refuse other content types (as Spring does: 415)', () => {
  it('POST and PATCH with text/plain or a form are 415/3000 and write nothing', async () => {
    const owner = s.person(EMAILS.owner);
    const before = (await s.call('GET', entriesPath(owner, '?page-size=5000'), { key: owner.apiKey })).body.length;
    const body = JSON.stringify({ start: '2026-08-10T09:00:00Z', end: '2026-08-10T10:00:00Z' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await s.call('POST', entriesPath(owner), { key: owner.apiKey, rawBody: body, headers: { 'Content-Type': type } });
      expect(res.status, type).toBe(415);
      expect(res.body).toEqual({ message: expect.stringContaining('is not supported'), code: 3000 });
    }
    const patch = await s.call('PATCH', entriesPath(owner), { key: owner.apiKey, rawBody: '{"end":"2026-08-12T11:00:00Z"}', headers: { 'Content-Type': 'text/plain' } });
    expect(patch.status).toBe(415);
    expect((await s.call('GET', entriesPath(owner, '?page-size=5000'), { key: owner.apiKey })).body.length).toBe(before);
  });

  it('application/json with a charset is fine', async () => {
    const owner = s.person(EMAILS.owner);
    const res = await s.call('POST', entriesPath(owner), {
      key: owner.apiKey,
      body: { start: '2026-08-10T09:00:00Z', end: '2026-08-10T10:00:00Z' },
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    });
    expect(res.status).toBe(201);
  });
});

describe("Node's own error answers carry the security headers", () => {
  it('400 for a malformed request line', async () => {
    const res = await rawHttp(s.port, 'NOT A REQUEST\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('431 for headers over the limit', async () => {
    const res = await rawHttp(s.port, `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(70 * 1024)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('400 for a request without Host', async () => {
    const res = await rawHttp(s.port, 'GET /api/v1/user HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
