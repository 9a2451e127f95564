import { describe, expect, it } from 'vitest';
import { ClockifyError } from '../../clockify/errors';
import type { TimeEntry } from '../../clockify/schemas';
import { runBulkStop } from './run-bulk-stop';
import type { StopDeps } from './stop-routine';

/** A fake Clockify: running entries per member; scripted refusals per member. */
function fakeServer(members: string[], refuse: Record<string, 'refuse' | 'already'> = {}) {
  const ends = new Map<string, string | null>(members.map((m) => [m, null]));
  const sent: string[] = [];
  const entryOf = (m: string) =>
    ({ id: `${m}-entry`, userId: m, start: new Date('2026-11-22T08:00:00Z'), end: ends.get(m) ? new Date(ends.get(m)!) : null }) as TimeEntry;
  const deps: StopDeps = {
    async patch(userId, end) {
      sent.push(`${userId}@${end}`);
      if (refuse[userId] === 'refuse') throw new ClockifyError({ kind: 'rule', status: 400, code: 501, serverMessage: 'Project required' });
      if (refuse[userId] === 'already') ends.set(userId, '2026-11-22T09:00:00Z');
      if (ends.get(userId)) throw new ClockifyError({ kind: 'not-found', status: 404 });
      ends.set(userId, end);
      return entryOf(userId);
    },
    async lookup(entryId) {
      return entryOf(entryId.replace('-entry', ''));
    },
  };
  return { deps, sent, ends, entryOf };
}

const END = new Date('2026-11-22T16:00:00Z');

describe('runBulkStop', () => {
  it('stops each member at their end and reports each exactly', async () => {
    const s = fakeServer(['a', 'b', 'c'], { b: 'already', c: 'refuse' });
    const progress: string[] = [];
    const r = await runBulkStop(['a', 'b', 'c'].map((m) => ({ entry: s.entryOf(m), end: END })), s.deps, {
      onProgress: (x, n) => progress.push(`${x}/${n}`),
    });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(r.get('a-entry')).toMatchObject({ kind: 'stopped' });
    expect(r.get('b-entry')).toMatchObject({ kind: 'already-stopped' });
    expect(r.get('c-entry')).toMatchObject({ kind: 'failed', error: { kind: 'rule' } });
    expect(s.ends.get('a')).toBe('2026-11-22T16:00:00Z');
    expect(s.ends.get('b')).toBe('2026-11-22T09:00:00Z');
    expect(s.ends.get('c')).toBeNull();
  });

  it('sends nothing more once cancelled, and reports the rest as not sent', async () => {
    const s = fakeServer(['a', 'b', 'c']);
    const ctrl = new AbortController();
    const r = await runBulkStop(['a', 'b', 'c'].map((m) => ({ entry: s.entryOf(m), end: END })), s.deps, {
      signal: ctrl.signal,
      onResult: (id) => id === 'a-entry' && ctrl.abort(),
    });
    expect(s.sent).toEqual(['a@2026-11-22T16:00:00Z']);
    expect(r.get('b-entry')?.kind).toBe('cancelled');
    expect(r.get('c-entry')?.kind).toBe('cancelled');
    expect(s.ends.get('b')).toBeNull();
  });
});
