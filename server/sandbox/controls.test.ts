import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-utils';
import { isLoopbackAddress, isLoopbackHost } from './controls';

describe('controls guard', () => {
  it('recognises loopback callers and bind hosts', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.3.2.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', '', undefined, '128.0.0.1']) expect(isLoopbackAddress(a)).toBe(false);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('::')).toBe(false);
  });
});

describe('sandbox controls', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('demo-keys: main workspace first, owner first, full rows', async () => {
    const keys = (await s.call('GET', '/sandbox/demo-keys')).body;
    expect(keys[0]).toEqual({
      name: 'Ada Lovelace', email: 'ada@northwind.example', role: 'OWNER', workspaceId: expect.stringMatching(/^[0-9a-f]{24}$/),
      workspaceName: 'Northwind Studio', userId: expect.stringMatching(/^[0-9a-f]{24}$/), timeZone: 'Europe/London', apiKey: expect.stringMatching(/^\w{48}$/),
    });
    const names = keys.map((k: { workspaceName: string }) => k.workspaceName);
    expect(names.lastIndexOf('Northwind Studio')).toBeLessThan(names.indexOf('Side Project Lab'));
    for (const k of keys) expect((await s.call('GET', '/api/v1/user', { key: k.apiKey })).body.id).toBe(k.userId);
  });

  it('reset reseeds with options and reports counts', async () => {
    const res = await s.call('POST', '/sandbox/reset', { body: { seed: 42, entriesPerUser: 10, days: 14, heavyUser: { email: 'lukas@northwind.example', entries: 500 } } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, workspaces: 2, users: 11, entries: 9 * 10 + 500 + 2 * 20 + 1, ms: expect.any(Number) });
    const empty = await s.call('POST', '/sandbox/reset', { rawBody: '', headers: { 'Content-Type': 'application/json' } });
    expect(empty.body.entries).toBe(10 * 300 + 2 * 20 + 1);
  });

  it('reset refuses bad bodies', async () => {
    for (const body of [{ seed: 'x' }, { entriesPerUser: -1 }, { heavyUser: { email: 'nobody@example.com', entries: 5 } }, { surprise: true }]) {
      const res = await s.call('POST', '/sandbox/reset', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe(3000);
    }
    expect((await s.call('POST', '/sandbox/reset', { rawBody: '{nope', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
  });
});
