import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { formatInZone } from '../../lib/dates';
import { planStop, type EndRule } from './end-rules';

const NOW = new Date('2026-11-23T12:00:00Z');
const LOCK = new Date('2026-10-24T00:00:00Z');

function timer(start: string, timeZone: string) {
  const entry = { id: 'e'.repeat(24), userId: 'u'.repeat(24), start: new Date(start), end: null } as TimeEntry;
  return { entry, memberName: 'Lukas', timeZone };
}

const plan = (start: string, zone: string, rule: EndRule, mayChangeLocked = true) =>
  planStop(timer(start, zone), rule, { now: NOW, lockDate: LOCK, mayChangeLocked });

describe('planStop', () => {
  it('Start + hours is elapsed time, even across the clocks going back (Berlin, 25 Oct)', () => {
    const p = plan('2026-10-24T20:00:00Z', 'Europe/Berlin', { kind: 'start-plus', hours: 8 });
    expect(p.invalid).toBeNull();
    expect(p.end!.getTime() - p.entry.start.getTime()).toBe(8 * 3600_000);
    expect(formatInZone(p.end!, 'Europe/Berlin', 'yyyy-MM-dd HH:mm')).toBe('2026-10-25 05:00');
  });

  it('End of the start day is 23:59:59 on the member’s own start day, for a start just before midnight', () => {
    const p = plan('2026-11-22T07:58:00Z', 'America/Los_Angeles', { kind: 'end-of-start-day' });
    expect(formatInZone(p.end!, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-21 23:59:59');
    expect(p.invalid).toBeNull();
    const tokyo = plan('2026-11-22T14:30:00Z', 'Asia/Tokyo', { kind: 'end-of-start-day' });
    expect(formatInZone(tokyo.end!, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-22 23:59:59');
    expect(tokyo.end!.toISOString()).toBe('2026-11-22T14:59:59.000Z');
  });

  it('refuses an end that is not after the start, with the reason', () => {
    const p = plan('2026-11-22T07:58:00Z', 'America/Los_Angeles', { kind: 'local-time', time: '18:00' });
    expect(p.invalid).toBe('The end would not be after the start.');
  });

  it('refuses an end in the future', () => {
    const p = plan('2026-11-23T08:00:00Z', 'UTC', { kind: 'start-plus', hours: 8 });
    expect(p.invalid).toBe('The end would be in the future.');
    expect(plan('2026-11-23T08:00:00Z', 'UTC', { kind: 'now' }).end!.toISOString()).toBe(NOW.toISOString());
  });

  it('refuses the locked period only for keys bound by the lock date', () => {
    const start = '2026-10-20T09:00:00Z';
    expect(plan(start, 'UTC', { kind: 'start-plus', hours: 8 }, false).invalid).toMatch(/^In the locked period \(before 24 Oct 2026\)/);
    expect(plan(start, 'UTC', { kind: 'start-plus', hours: 8 }, true).invalid).toBeNull();
  });

  it('refuses hours out of range and a time that is not a time', () => {
    expect(plan('2026-11-22T08:00:00Z', 'UTC', { kind: 'start-plus', hours: 0 }).invalid).toMatch(/Hours must be/);
    expect(plan('2026-11-22T08:00:00Z', 'UTC', { kind: 'start-plus', hours: Number.NaN }).invalid).toMatch(/Hours must be/);
    expect(plan('2026-11-22T08:00:00Z', 'UTC', { kind: 'local-time', time: '25:00' }).invalid).toMatch(/time of day/);
  });
});
