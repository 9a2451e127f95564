/**
 * Garbage at every route: whatever arrives, the answer is never a 5xx, and every error is a
 * Clockify-shaped JSON `{message, code}`. Then concurrency: racing stops and deletes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, TEST_NOW, type TestServer } from '../test-utils';
import { formatInstant } from './time';

let s: TestServer;
let wid: string;
let uid: string;
let key: string;
beforeAll(async () => {
  s = await startTestServer({ reset: { entriesPerUser: 40 } });
  ({ workspaceId: wid, userId: uid, apiKey: key } = s.person(EMAILS.owner));
});
afterAll(() => s.close());

const ROUTES = (w: string, u: string, id: string) => [
  '/api/v1/user',
  '/api/v1/workspaces',
  `/api/v1/workspaces/${w}`,
  `/api/v1/workspaces/${w}/users`,
  `/api/v1/workspaces/${w}/user/${u}/time-entries`,
  `/api/v1/workspaces/${w}/time-entries`,
  `/api/v1/workspaces/${w}/time-entries/${id}`,
  `/api/v1/workspaces/${w}/time-entries/status/in-progress`,
  `/api/v1/workspaces/${w}/projects`,
  `/api/v1/workspaces/${w}/tags`,
  `/api/v1/workspaces/${w}/clients`,
  `/api/v1/workspaces/${w}/projects/${id}/tasks`,
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const QUERY_NAMES = ['page', 'page-size', 'start', 'end', 'in-progress', 'hydrated', 'description', 'project', 'tags', 'time-entry-ids', 'archived', 'name', 'include-roles', 'memberships', 'status', 'sort-column'];

const segment = fc.oneof(
  fc.constant('0'.repeat(24)),
  fc.stringMatching(/^[0-9a-f]{24}$/),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom('..', '%00', '%ff', 'null', '[]', '{}', '-1', 'ÿ', '🙂'),
).map((x) => encodeURIComponent(x) || 'x');

const queryValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.constantFrom('true', 'maybe', '', '0', '-5', '5001', '1e3', 'NaN', '2026-13-45T25:61:61Z', '2026-08-08T00:00:00Z', '9'.repeat(40)),
);
const query = fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), queryValue), { maxLength: 5 }).map((pairs) =>
  pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.record({
    start: fc.oneof(fc.string(), fc.constant('2026-08-10T10:00:00Z'), fc.integer(), fc.constant(null)),
    end: fc.oneof(fc.string(), fc.constant('2026-08-10T09:00:00.5Z'), fc.constant('2026-08-11T10:00:00Z'), fc.boolean()),
    description: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.integer(), fc.constant('x'.repeat(4000))),
    projectId: fc.oneof(fc.constant('a'.repeat(24)), fc.string(), fc.constant(null)),
    tagIds: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.string(), fc.constant(null)),
    billable: fc.oneof(fc.boolean(), fc.string()),
    customFields: fc.oneof(fc.constant([{ customFieldId: 'b'.repeat(24), value: 1 }]), fc.anything({ maxDepth: 2 })),
  }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[]', 'null', '"x"', '{"end":', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
);

async function expectSane(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const res = await fetch(s.url + path, { method, headers: { 'X-Api-Key': key, 'Content-Type': 'application/json', ...headers }, body });
  const text = await res.text();
  expect(res.status, `${method} ${path}`).toBeLessThan(500);
  if (res.status >= 400 && method !== 'HEAD') {
    expect(res.headers.get('content-type'), `${method} ${path}`).toMatch(/application\/json/);
    const parsed = JSON.parse(text);
    expect(parsed, `${method} ${path}`).toEqual({ message: expect.any(String), code: expect.any(Number) });
    expect(parsed.message.length).toBeLessThan(1000);
  }
  return res.status;
}

describe('hostile input (fast-check)', () => {
  it('random ids, methods and queries at every route: never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), fc.nat(11), segment, segment, segment, fc.boolean(), fc.boolean(), query,
        async (method, routeIndex, w, u, id, realWs, realUser, q) => {
          const path = ROUTES(realWs ? wid : w, realUser ? uid : u, id)[routeIndex] + q;
          const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
          await expectSane(method, path, body);
        }),
      { numRuns: 200 },
    );
  });

  it('random bodies at every write route: never 5xx', async () => {
    const someEntry = (await s.call('GET', entriesPath(s.person(EMAILS.owner), '?page-size=1'), { key })).body[0].id;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(
        ['POST', entriesPath(s.person(EMAILS.owner))],
        ['PATCH', entriesPath(s.person(EMAILS.owner))],
        ['POST', `/api/v1/workspaces/${wid}/time-entries`],
        ['PUT', `/api/v1/workspaces/${wid}/time-entries/${someEntry}`],
        ['POST', '/sandbox/faults'],
      ), jsonish, async ([method, path], body) => {
        await expectSane(method, path, body);
        if (path === '/sandbox/faults') await s.call('DELETE', '/sandbox/faults');
      }),
      { numRuns: 200 },
    );
  });

  it('random headers and auth: never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.constantFrom('X-Api-Key', 'X-Addon-Token', 'Authorization', 'Content-Type', 'Accept'), async (value, name) => {
        const clean = value.replace(/[^\x20-\x7e]/g, '');
        const res = await fetch(`${s.url}/api/v1/workspaces/${wid}/projects`, { headers: { [name]: clean } });
        expect(res.status).toBeLessThan(500);
        await res.text();
      }),
      { numRuns: 100 },
    );
  });
});

describe('concurrency', () => {
  it('racing stops: exactly one wins, the rest get 404', async () => {
    const tokyo = s.person(EMAILS.tokyo);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) =>
      s.call('PATCH', entriesPath(tokyo), { key: i % 2 ? tokyo.apiKey : key, body: { end: formatInstant(TEST_NOW + i) } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404)).toHaveLength(24);
    const running = await s.call('GET', entriesPath(tokyo, '?in-progress=true'), { key });
    expect(running.body).toEqual([]);
  });

  it('racing bulk deletes: each entry deleted once, counts add up', async () => {
    const lukas = s.person(EMAILS.berlin);
    const before = (await s.call('GET', entriesPath(lukas, '?page-size=5000'), { key })).body.map((e: { id: string }) => e.id);
    const targets = before.slice(0, 20);
    const requests = Array.from({ length: 30 }, (_, i) => {
      const ids = targets.filter((_id: string, j: number) => (j + i) % 3 !== 0);
      return s.call('DELETE', entriesPath(lukas, `?time-entry-ids=${ids.join(',')}`), { key });
    });
    const results = await Promise.all(requests);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const deleted = results.flatMap((r) => r.body.map((e: { id: string }) => e.id));
    expect(new Set(deleted).size).toBe(deleted.length);
    expect(new Set(deleted)).toEqual(new Set(targets));
    const after = (await s.call('GET', entriesPath(lukas, '?page-size=5000'), { key })).body;
    expect(after).toHaveLength(before.length - targets.length);
  });
});
