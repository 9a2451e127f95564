import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeEntryRowParser, timeEntrySchema } from './schemas';

const valid = {
  id: '6a1f0c9e2b3d4e5f60718293',
  description: 'Design review',
  billable: true,
  projectId: 'p1',
  taskId: null,
  tagIds: ['t1', 't2'],
  userId: 'u1',
  workspaceId: 'w1',
  timeInterval: { start: '2026-11-20T08:00:00Z', end: '2026-11-20T09:30:00Z', duration: 'PT1H30M' },
  isLocked: false,
  type: 'REGULAR',
  kioskId: null,
  customFieldValues: [{ customFieldId: 'c1', timeEntryId: 'x', value: 3, name: 'n', type: 'NUMBER' }],
  hourlyRate: { amount: 5000, currency: 'EUR' },
  costRate: null,
  extra: 'kept out',
};

/** Values a field might hold on a bad or odd day: right types, wrong types, null, absent. */
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.integer(),
  fc.constant(Number.NaN),
  fc.constant([]),
  fc.constant(['a', 1]),
  fc.constant({}),
  fc.constant({ amount: 1 }),
  fc.constant({ amount: '1' }),
  fc.constant([{ customFieldId: 'c' }]),
  fc.constant([{ customFieldId: 1 }]),
  fc.constant({ start: '2026-01-01T00:00:00Z' }),
  fc.constant({ start: '2026-01-01T00:00:00Z', end: null, duration: 'PT5M' }),
  fc.constant({ start: 5 }),
);
const fields = Object.keys(valid);

function expectSame(raw: unknown) {
  const fast = timeEntryRowParser.safeParse(raw);
  const slow = timeEntrySchema.safeParse(raw);
  expect(fast.success).toBe(slow.success);
  if (fast.success && slow.success) expect(fast.data).toEqual(slow.data);
}

describe('timeEntryRowParser (the list-row parse path)', () => {
  it('gives what timeEntrySchema gives for a full entry and a minimal one', () => {
    expectSame(valid);
    expectSame({ id: 'a', userId: 'u', workspaceId: 'w', timeInterval: { start: '2026-11-20T08:00:00Z' } });
    expectSame({ ...valid, timeInterval: { start: '2026-11-20T08:00:00Z', end: null, duration: null } });
  });

  it('accepts and rejects exactly what timeEntrySchema does, with the same result', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), oddValue, fc.constantFrom(...fields), oddValue, (f1, v1, f2, v2) => {
        const raw: Record<string, unknown> = { ...valid, [f1]: v1, [f2]: v2 };
        if (v1 === undefined) delete raw[f1];
        expectSame(raw);
      }),
      { numRuns: 2000 },
    );
    for (const raw of [null, [], 'x', 1, [valid]]) expectSame(raw);
  });
});
