import { beforeEach, describe, expect, it } from 'vitest';
import { parseStopEnd, stopFormSchema, stopWarnings } from './stop-schema';

const ctx = {
  start: new Date('2026-11-22T00:00:00Z'), // 09:00 in Tokyo
  timeZone: 'Asia/Tokyo',
  lockDate: new Date('2026-11-23T00:00:00Z'),
  now: () => new Date('2026-11-22T12:00:00Z'), // 21:00 in Tokyo
};

describe('stop form validation', () => {
  // Built inside each test (not at collection time) so coverage ties each rule to its tests.
  let schema: ReturnType<typeof stopFormSchema>;
  beforeEach(() => {
    schema = stopFormSchema(ctx);
  });
  it('accepts an end between start and now, read in the member zone, and outputs the instant to send', () => {
    const r = schema.safeParse({ end: '2026-11-22 17:30:00' });
    expect(r.success).toBe(true);
    expect(r.data?.end).toEqual(new Date('2026-11-22T08:30:00Z'));
  });
  it('takes the boundaries as Clockify would: the start itself is refused, now itself is allowed', () => {
    expect(schema.safeParse({ end: '2026-11-22 09:00:00' }).error?.issues[0].message).toMatch(/after the timer started/);
    expect(schema.safeParse({ end: '2026-11-22 09:00:01' }).data?.end).toEqual(new Date('2026-11-22T00:00:01Z'));
    expect(schema.safeParse({ end: '2026-11-22 21:00:00' }).data?.end).toEqual(new Date('2026-11-22T12:00:00Z'));
    expect(schema.safeParse({ end: '2026-11-22 21:00:01' }).error?.issues[0].message).toMatch(/future/);
  });
  it('reads "now" at each parse, not once', () => {
    let now = new Date('2026-11-22T12:00:00Z');
    const moving = stopFormSchema({ ...ctx, now: () => now });
    expect(moving.safeParse({ end: '2026-11-22 21:00:30' }).success).toBe(false);
    now = new Date('2026-11-22T12:01:00Z');
    expect(moving.safeParse({ end: '2026-11-22 21:00:30' }).success).toBe(true);
  });
  it('blocks an end before the start', () => {
    const r = schema.safeParse({ end: '2026-11-22 08:59:00' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([expect.objectContaining({ code: 'custom', path: ['end'], message: 'The end must be after the timer started.' })]);
  });
  it('blocks an end in the future', () => {
    const r = schema.safeParse({ end: '2026-11-22 21:01:00' });
    expect(r.error?.issues[0].message).toMatch(/future/);
  });
  it('blocks impossible and empty values', () => {
    expect(schema.safeParse({ end: '2026-02-30 10:00:00' }).error?.issues[0].message).toMatch(/not a real date/);
    expect(schema.safeParse({ end: '' }).error?.issues[0].message).toBe('Pick an end time.');
    expect(schema.safeParse({}).error?.issues[0].message).toBe('Pick an end time.');
    expect(schema.safeParse({ end: 'yesterday' }).error?.issues[0].message).toMatch(/not a real date/);
  });
});

describe('the preview reads the schema', () => {
  it('gives the accepted end, or null for anything the schema refuses', () => {
    const schema = stopFormSchema(ctx);
    expect(parseStopEnd(schema, '2026-11-22 17:30:00')).toEqual(new Date('2026-11-22T08:30:00Z'));
    expect(parseStopEnd(schema, '2026-11-22 08:59:59')).toBeNull();
    expect(parseStopEnd(schema, '2026-11-22 21:00:01')).toBeNull();
    expect(parseStopEnd(schema, '')).toBeNull();
  });
});

describe('stop warnings', () => {
  it('warns past 10 hours and before the lock date, without blocking', () => {
    const w = stopWarnings(new Date('2026-11-22T11:00:00Z'), ctx);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/11:00 long/);
    expect(w[1]).toMatch(/before the workspace lock date/);
    expect(stopWarnings(new Date('2026-11-22T08:00:00Z'), { ...ctx, lockDate: null })).toEqual([]);
  });
  it('warns only past exactly 10 hours, and only for an end before the lock date', () => {
    const noLock = { ...ctx, lockDate: null };
    expect(stopWarnings(new Date('2026-11-22T10:00:00Z'), noLock)).toEqual([]);
    expect(stopWarnings(new Date('2026-11-22T10:00:01Z'), noLock)).toHaveLength(1);
    const lock = { ...ctx, lockDate: new Date('2026-11-22T05:00:00Z') };
    expect(stopWarnings(new Date('2026-11-22T05:00:00Z'), lock)).toEqual([]);
    expect(stopWarnings(new Date('2026-11-22T04:59:59Z'), lock)).toEqual([expect.stringMatching(/lock date/)]);
  });
  it('says nothing for no end or an end not after the start', () => {
    expect(stopWarnings(null, ctx)).toEqual([]);
    expect(stopWarnings(ctx.start, ctx)).toEqual([]);
  });
});
