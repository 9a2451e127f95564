import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, TEST_NOW, type TestServer } from '../test-utils';
import { formatInstant } from './time';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
beforeEach(() => s.reset({ entriesPerUser: 30 }));
afterAll(() => s.close());

const setFaults = async (body: object) => {
  const res = await s.call('POST', '/sandbox/faults', { body });
  expect(res.status).toBe(200);
  return res.body;
};
const me = () => s.person(EMAILS.owner);
const getUser = () => s.call('GET', '/api/v1/user', { key: me().apiKey });

describe('faults', () => {
  it('GET shows the config, DELETE clears it, bad bodies are 400', async () => {
    await setFaults({ latencyMs: 5, errorRate: 0.25, rateLimitPerSecond: 7, failNext: { status: 503 } });
    const cfg = (await s.call('GET', '/sandbox/faults')).body;
    expect(cfg).toMatchObject({ latencyMs: 5, errorRate: 0.25, rateLimitPerSecond: 7, failNext: { status: 503, times: 1, mode: 'error' } });
    await s.call('DELETE', '/sandbox/faults');
    expect((await s.call('GET', '/sandbox/faults')).body).toMatchObject({ latencyMs: 0, errorRate: 0, rateLimitPerSecond: null, failNext: null });
    for (const body of [{ errorRate: 2 }, { failNext: { status: 200 } }, { failNext: { status: 500, mode: 'explode' } }, { bogus: 1 }]) {
      expect((await s.call('POST', '/sandbox/faults', { body })).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('latencyMs delays API responses', async () => {
    await setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await getUser()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('errorRate fails with Clockify-shaped 500s, repeatably for the same seed', async () => {
    await setFaults({ errorRate: 1 });
    const res = await getUser();
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ message: expect.any(String), code: 500 });
    const run = async () => {
      await setFaults({ errorRate: 0.5, seed: 7 });
      const out = [];
      for (let i = 0; i < 20; i++) out.push((await getUser()).status);
      return out;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(500);
  });

  it('rateLimitPerSecond answers 429 with Retry-After: 1, per API key', async () => {
    await setFaults({ rateLimitPerSecond: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, () => getUser()));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(4);
    expect(limited[0].body).toEqual({ message: 'Too many requests', code: 429 });
    expect(limited[0].headers.get('retry-after')).toBe('1');
    const other = await s.call('GET', '/api/v1/user', { key: s.person(EMAILS.berlin).apiKey });
    expect(other.status).toBe(200);
  });

  it('failNext error: only matching requests, `times` of them', async () => {
    await setFaults({ failNext: { status: 503, times: 2, method: 'GET', pathIncludes: '/v1/user' } });
    expect((await s.call('GET', `/api/v1/workspaces/${me().workspaceId}/tags`, { key: me().apiKey })).status).toBe(200);
    const a = await getUser();
    expect(a.status).toBe(503);
    expect(a.body).toEqual({ message: expect.any(String), code: 503 });
    expect(a.headers.get('access-control-allow-origin')).toBe('*');
    expect((await getUser()).status).toBe(503);
    expect((await getUser()).status).toBe(200);
  });

  it('drop-before: network error and nothing happens', async () => {
    await setFaults({ failNext: { status: 500, mode: 'drop-before', method: 'PATCH' } });
    const tokyo = s.person(EMAILS.tokyo);
    await expect(s.call('PATCH', entriesPath(tokyo), { key: tokyo.apiKey, body: { end: formatInstant(TEST_NOW) } })).rejects.toThrow();
    const running = await s.call('GET', entriesPath(tokyo, '?in-progress=true'), { key: tokyo.apiKey });
    expect(running.body).toHaveLength(1);
  });

  it('drop-after: network error although the delete happened', async () => {
    const lukas = s.person(EMAILS.berlin);
    const before = (await s.call('GET', entriesPath(lukas), { key: lukas.apiKey })).body;
    const victim = before.find((e: { isLocked: boolean }) => !e.isLocked).id;
    await setFaults({ failNext: { status: 500, mode: 'drop-after', method: 'DELETE' } });
    await expect(s.call('DELETE', entriesPath(lukas, `?time-entry-ids=${victim}`), { key: lukas.apiKey })).rejects.toThrow();
    const after = (await s.call('GET', entriesPath(lukas), { key: lukas.apiKey })).body;
    expect(after.map((e: { id: string }) => e.id)).not.toContain(victim);
    expect(after).toHaveLength(before.length - 1);
  });

  it('never applies to /sandbox controls', async () => {
    await setFaults({ errorRate: 1, failNext: { status: 503, times: 5 } });
    expect((await s.call('GET', '/sandbox/stats')).status).toBe(200);
    expect((await s.call('GET', '/sandbox/demo-keys')).status).toBe(200);
  });

  it('reset clears faults', async () => {
    await setFaults({ errorRate: 1 });
    await s.reset({ entriesPerUser: 5 });
    expect((await getUser()).status).toBe(200);
  });
});

describe('stats', () => {
  it('counts /api requests by route pattern and status, faulted and dropped ones included', async () => {
    await s.call('DELETE', '/sandbox/stats');
    const lukas = s.person(EMAILS.berlin);
    await getUser();
    await getUser();
    await s.call('GET', '/api/v1/nope', { key: lukas.apiKey });
    await s.call('DELETE', entriesPath(lukas, `?time-entry-ids=${'a'.repeat(24)}`), { key: lukas.apiKey });
    await setFaults({ failNext: { status: 502, method: 'GET' } });
    await getUser();
    await setFaults({ failNext: { status: 500, mode: 'drop-before' } });
    await getUser().catch(() => undefined);
    await s.call('GET', '/sandbox/faults');
    const stats = (await s.call('GET', '/sandbox/stats')).body;
    expect(stats).toEqual({
      total: 6,
      byRoute: {
        'GET /v1/user': 4,
        'GET (unknown)': 1,
        'DELETE /v1/workspaces/:workspaceId/user/:userId/time-entries': 1,
      },
      byStatus: { '200': 3, '404': 1, '502': 1, dropped: 1 },
    });
    await s.call('DELETE', '/sandbox/stats');
    expect((await s.call('GET', '/sandbox/stats')).body).toEqual({ total: 0, byRoute: {}, byStatus: {} });
  });

  it('reset zeroes stats', async () => {
    await getUser();
    await s.reset({ entriesPerUser: 5 });
    expect((await s.call('GET', '/sandbox/stats')).body.total).toBe(0);
  });
});
