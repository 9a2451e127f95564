import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, type TestServer } from '../test-utils';

let s: TestServer;
let key: string;
beforeAll(async () => {
  s = await startTestServer();
  key = s.person(EMAILS.owner).apiKey;
});
afterAll(() => s.close());

const errorShape = (body: unknown) => expect(body).toEqual({ message: expect.any(String), code: expect.any(Number) });

describe('auth', () => {
  it('accepts X-Api-Key and X-Addon-Token alike', async () => {
    expect((await s.call('GET', '/api/v1/user', { key })).status).toBe(200);
    const addon = await s.call('GET', '/api/v1/user', { headers: { 'X-Addon-Token': key } });
    expect(addon.status).toBe(200);
    expect(addon.body.email).toBe(EMAILS.owner);
  });

  it.each([
    ['no header', {}],
    ['both headers', { 'X-Api-Key': 'k', 'X-Addon-Token': 'k' }],
    ['an Authorization header', { Authorization: 'Bearer abc' }],
  ])('401/1000 with %s', async (_label, headers) => {
    const res = await s.call('GET', '/api/v1/user', { headers });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Multiple or none auth tokens present', code: 1000 });
  });

  it('401/1000 when a valid key comes with Authorization', async () => {
    const res = await s.call('GET', '/api/v1/user', { key, headers: { Authorization: 'Bearer x' } });
    expect(res.body.code).toBe(1000);
  });

  it('401/4003 for an unknown key', async () => {
    const res = await s.call('GET', '/api/v1/user', { key: 'x'.repeat(48) });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Api key does not exist', code: 4003 });
  });
});

describe('routing errors', () => {
  it('404/3000 for an unknown route', async () => {
    const res = await s.call('GET', '/api/v1/nope', { key });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: 'No static resource v1/nope.', code: 3000 });
  });

  it('404 JSON for /api itself and paths outside /v1', async () => {
    for (const path of ['/api', '/api/', '/api/v2/user']) {
      const res = await s.call('GET', path, { key });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe(3000);
    }
  });

  it('405/3000 for a wrong verb on a known path', async () => {
    const me = s.person(EMAILS.owner);
    for (const [method, path] of [
      ['POST', '/api/v1/user'],
      ['PUT', entriesPath(me)],
      ['PATCH', `/api/v1/workspaces/${me.workspaceId}/time-entries/${me.userId}`],
      ['DELETE', `/api/v1/workspaces/${me.workspaceId}/projects`],
    ]) {
      const res = await s.call(method, path, { key });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.body.code).toBe(3000);
    }
  });

  it('414/3000 for a URL over 8 KB', async () => {
    const me = s.person(EMAILS.owner);
    const res = await s.call('GET', entriesPath(me, `?description=${'a'.repeat(8300)}`), { key });
    expect(res.status).toBe(414);
    expect(res.body.code).toBe(3000);
  });

  it('a URL just under 8 KB is served', async () => {
    const me = s.person(EMAILS.owner);
    const path = entriesPath(me, '?description=');
    const res = await s.call('GET', path + 'a'.repeat(8000 - path.length), { key });
    expect(res.status).toBe(200);
  });
});

describe('bodies', () => {
  it('400/3000 for malformed JSON without echoing it', async () => {
    const me = s.person(EMAILS.owner);
    const secret = 'SECRET-'.repeat(50);
    const res = await s.call('POST', entriesPath(me), { key, rawBody: `{"start": ${secret}`, headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(3000);
    expect(res.text).not.toContain('SECRET');
  });

  it('400/3000 for a missing body and for the wrong shape', async () => {
    const me = s.person(EMAILS.owner);
    expect((await s.call('PATCH', entriesPath(me), { key })).body.code).toBe(3000);
    const res = await s.call('PATCH', entriesPath(me), { key, body: { end: 12 } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(3000);
    expect(res.body.message).toContain('end');
  });

  it('413 for a body over 1 MB', async () => {
    const me = s.person(EMAILS.owner);
    const res = await s.call('POST', entriesPath(me), { key, body: { start: '2026-08-01T10:00:00Z', description: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
    errorShape(res.body);
  });
});

describe('workspace access', () => {
  it('403 Access Denied for a workspace the key owner is not in, or a malformed one', async () => {
    const tomas = s.person(EMAILS.sideOnly, 'Side Project Lab');
    const main = s.person(EMAILS.owner);
    for (const wid of [main.workspaceId, 'not-an-id', '0'.repeat(24)]) {
      const res = await s.call('GET', `/api/v1/workspaces/${wid}/projects`, { key: tomas.apiKey });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ message: 'Access Denied', code: 403 });
    }
  });
});

describe('headers', () => {
  it('sends security and CORS headers on API responses, errors included', async () => {
    for (const res of [await s.call('GET', '/api/v1/user', { key }), await s.call('GET', '/api/v1/user')]) {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy')).toContain('connect-src \'self\' https://api.clockify.me https://euc1.clockify.me https://use2.clockify.me https://euw2.clockify.me https://apse2.clockify.me');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toMatch(/last-page/i);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
  });

  it('answers a CORS preflight with 204 and no auth', async () => {
    const res = await s.call('OPTIONS', entriesPath(s.person(EMAILS.owner)), {
      headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'DELETE', 'Access-Control-Request-Headers': 'x-api-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Api-Key/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Addon-Token/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/DELETE/);
  });

  it('security headers on sandbox controls and unknown non-API paths too', async () => {
    for (const path of ['/sandbox/stats', '/whatever']) {
      const res = await s.call('GET', path);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
