/**
 * Custom-field values are bounded (size, depth, count) and every stored value reads back:
 * hostile values sent through the API never make a later list, read, stop or bulk delete
 * answer 5xx, and a 2xx bulk delete has really deleted what it lists — and only that.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer, type TestServer } from '../test-utils';
import { MAX_CUSTOM_FIELD_DEPTH, MAX_CUSTOM_FIELD_VALUE_BYTES, MAX_CUSTOM_FIELDS_PER_ENTRY } from './custom-fields';

let s: TestServer;
let fieldId: string;
beforeAll(async () => {
  s = await startTestServer({ reset: { entriesPerUser: 30 } });
  const owner = s.person(EMAILS.owner);
  const list = (await s.call('GET', entriesPath(owner, '?page-size=5000'), { key: owner.apiKey })).body as { customFieldValues: { customFieldId: string }[] }[];
  fieldId = list.find((e) => e.customFieldValues.length > 0)!.customFieldValues[0].customFieldId;
});
afterAll(() => s.close());

/** JSON text of `["x"]` nested `depth` deep, written out (JSON.stringify would overflow the stack). */
const nested = (depth: number): string => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;

const member = () => s.person(EMAILS.berlin);
/** Creates an entry whose one custom-field value is the JSON text `valueJson`. */
const createRaw = (valueJson: string, start = '2026-08-10T09:00:00Z', end: string | null = '2026-08-10T10:00:00Z') =>
  s.call('POST', entriesPath(member()), {
    key: member().apiKey,
    headers: { 'Content-Type': 'application/json' },
    rawBody: `{"start":"${start}"${end ? `,"end":"${end}"` : ''},"customFields":[{"customFieldId":"${fieldId}","sourceType":"TIMEENTRY","value":${valueJson}}]}`,
  });
const create = (value: unknown) => createRaw(JSON.stringify(value));

describe('custom-field limits', () => {
  it(`refuses values nested deeper than ${MAX_CUSTOM_FIELD_DEPTH} with 400 {message, code}`, async () => {
    for (const depth of [MAX_CUSTOM_FIELD_DEPTH + 1, 4_100]) {
      const res = await createRaw(nested(depth));
      expect(res.status, `depth ${depth}`).toBe(400);
      expect(res.body).toEqual({ message: expect.stringContaining('nested'), code: 3000 });
    }
    expect((await createRaw(nested(MAX_CUSTOM_FIELD_DEPTH))).status).toBe(201);
  });

  it(`refuses values over ${MAX_CUSTOM_FIELD_VALUE_BYTES} bytes of JSON`, async () => {
    const res = await create('x'.repeat(MAX_CUSTOM_FIELD_VALUE_BYTES));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: expect.stringContaining(`${MAX_CUSTOM_FIELD_VALUE_BYTES}`), code: 3000 });
    // Multi-byte characters count as bytes, not characters.
    expect((await create('é'.repeat(MAX_CUSTOM_FIELD_VALUE_BYTES / 2))).status).toBe(400);
    expect((await create('x'.repeat(MAX_CUSTOM_FIELD_VALUE_BYTES - 10))).status).toBe(201);
  });

  it(`refuses more than ${MAX_CUSTOM_FIELDS_PER_ENTRY} custom fields on one entry`, async () => {
    const many = Array.from({ length: MAX_CUSTOM_FIELDS_PER_ENTRY + 1 }, () => ({ customFieldId: fieldId, value: 'a' }));
    const res = await s.call('POST', entriesPath(member()), {
      key: member().apiKey,
      body: { start: '2026-08-10T09:00:00Z', end: '2026-08-10T10:00:00Z', customFields: many },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(3000);
  });
});

/** A value with a short label, so a failing case prints without walking 5,000 levels. */
class Hostile {
  constructor(
    readonly json: string,
    private readonly label: string,
  ) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}
const labelled = (value: unknown) => new Hostile(JSON.stringify(value) ?? 'null', fc.stringify(value).slice(0, 200));

describe('values stored before the bounds existed', () => {
  it('a row holding a 5,000-deep value still lists, reads and deletes; the value reads back as null', async () => {
    const p = member();
    const id = 'f'.repeat(24);
    const deep = `[{"customFieldId":"${fieldId}","timeEntryId":"${id}","value":${nested(5_000)},"name":"Ticket","type":"TXT"}]`;
    s.state.store.insertEntry({
      id, workspace_id: p.workspaceId, user_id: p.userId, start_at: Date.UTC(2026, 7, 10, 7) / 1000, end_at: Date.UTC(2026, 7, 10, 8) / 1000,
      description: 'legacy', billable: 0, project_id: null, task_id: null, tag_ids: null, type: 'REGULAR', custom_fields: deep,
    });
    const list = await s.call('GET', entriesPath(p, '?page-size=5000'), { key: p.apiKey });
    expect(list.status).toBe(200);
    expect(list.body.find((e: { id: string }) => e.id === id).customFieldValues).toEqual([
      { customFieldId: fieldId, timeEntryId: id, value: null, name: 'Ticket', type: 'TXT' },
    ]);
    const del = await s.call('DELETE', entriesPath(p, `?time-entry-ids=${id}`), { key: p.apiKey });
    expect(del.status).toBe(200);
    expect(del.body.map((e: { id: string }) => e.id)).toEqual([id]);
  });
});

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map(labelled),
  fc.integer({ min: 0, max: 5_000 }).map((n) => new Hostile(nested(n), `nested(${n})`)),
  fc.integer({ min: 0, max: 12_000 }).map((n) => new Hostile(JSON.stringify('ö'.repeat(n)), `'ö' × ${n}`)),
  fc.string({ unit: 'grapheme', maxLength: 200 }).map(labelled),
  fc.constantFrom('\u0000', '\ud800', '\u2028', '{"__proto__":1}', null, -0, 1e308, true).map(labelled),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'a'), fc.jsonValue({ maxDepth: 2 })).map(labelled),
);

describe('hostile custom-field values through the API', () => {
  it('never 5xx on create, list, read, stop or bulk delete; a 2xx delete deleted exactly what it lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileValue, { minLength: 1, maxLength: 6 }), hostileValue, async (values, timerValue) => {
        const p = member();
        const created: string[] = [];
        for (const { json } of values) {
          const res = await createRaw(json);
          expect(res.status, 'create').toBeLessThan(500);
          if (res.status === 201) created.push(res.body.id);
        }
        // A running timer carrying a hostile value, then stopped.
        const timer = await createRaw(timerValue.json, '2026-08-12T11:00:00Z', null);
        expect(timer.status, 'start timer').toBeLessThan(500);
        const list = await s.call('GET', entriesPath(p, '?page-size=5000&hydrated=true'), { key: p.apiKey });
        expect(list.status, 'list').toBe(200);
        for (const id of created) {
          const one = await s.call('GET', `/api/v1/workspaces/${p.workspaceId}/time-entries/${id}`, { key: p.apiKey });
          expect(one.status, 'read').toBe(200);
        }
        const stop = await s.call('PATCH', entriesPath(p), { key: p.apiKey, body: { end: '2026-08-12T11:30:00Z' } });
        expect(stop.status, 'stop').toBeLessThan(500);
        if (timer.status === 201) created.push(timer.body.id);

        const del = await s.call('DELETE', entriesPath(p, `?${created.map((id) => `time-entry-ids=${id}`).join('&')}`), { key: p.apiKey });
        expect(del.status, 'bulk delete').toBeLessThan(500);
        if (del.status === 200) {
          const deleted = new Set((del.body as { id: string }[]).map((e) => e.id));
          for (const id of created) {
            const after = await s.call('GET', `/api/v1/workspaces/${p.workspaceId}/time-entries/${id}`, { key: p.apiKey });
            expect(after.status, `read after delete of ${id}`).toBe(deleted.has(id) ? 400 : 200);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
