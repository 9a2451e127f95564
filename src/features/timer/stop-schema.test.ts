import { describe, expect, it } from 'vitest';
import { stopFormSchema, stopWarnings } from './stop-schema';

const ctx = {
  start: new Date('2026-11-22T00:00:00Z'), // 09:00 in Tokyo
  timeZone: 'Asia/Tokyo',
  lockDate: new Date('2026-11-23T00:00:00Z'),
  now: () => new Date('2026-11-22T12:00:00Z'), // 21:00 in Tokyo
};

describe('stop form validation', () => {
  const schema = stopFormSchema(ctx);
  it('accepts an end between start and now, read in the member zone', () => {
    expect(schema.safeParse({ end: '2026-11-22 17:30:00' }).success).toBe(true);
  });
  it('blocks an end before the start', () => {
    const r = schema.safeParse({ end: '2026-11-22 08:59:00' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/after the timer started/);
  });
  it('blocks an end in the future', () => {
    const r = schema.safeParse({ end: '2026-11-22 21:01:00' });
    expect(r.error?.issues[0].message).toMatch(/future/);
  });
  it('blocks impossible and empty values', () => {
    expect(schema.safeParse({ end: '2026-02-30 10:00:00' }).error?.issues[0].message).toMatch(/not a real date/);
    expect(schema.safeParse({ end: '' }).success).toBe(false);
  });
});

describe('stop warnings', () => {
  it('warns past 10 hours and before the lock date, without blocking', () => {
    const w = stopWarnings(new Date('2026-11-22T11:00:00Z'), ctx);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/11:00 long/);
    expect(stopWarnings(new Date('2026-11-22T08:00:00Z'), { ...ctx, lockDate: null })).toEqual([]);
  });
});
