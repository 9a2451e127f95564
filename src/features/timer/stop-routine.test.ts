import { describe, expect, it } from 'vitest';
import { createClient } from '../../clockify/client';
import { stopAt, stopDepsFor } from './stop-routine';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const EID = 'c'.repeat(24);
const START = '2026-11-22T08:00:00Z';
const END = new Date('2026-11-22T16:00:00Z');

type Step = 'ok' | '500' | '429' | '403' | 'drop-before' | 'drop-after' | 'other-stops-first';

/**
 * A fake Clockify holding one running entry, behind the real client (real retry policy, no
 * waiting): each PATCH follows the next step of the script; GET of the entry answers truly.
 */
function fakeClockify(script: Step[]) {
  let end: string | null = null;
  const patches: string[] = [];
  const sleeps: number[] = [];
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const dto = () => ({
    id: EID, description: 'Forgotten', userId: UID, workspaceId: WID, projectId: null, tagIds: null, billable: false,
    timeInterval: { start: START, end, duration: end ? 'PT8H' : null }, isLocked: false, type: 'REGULAR',
  });
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'GET') return json(dto());
    const body = JSON.parse(String(init?.body)) as { end: string };
    patches.push(body.end);
    const step = script.shift() ?? 'ok';
    if (step === 'other-stops-first') end = '2026-11-22T12:00:00Z';
    if (step === '500') return json({ message: 'boom', code: 500 }, 500);
    if (step === '429') return json({ message: 'slow down', code: 429 }, 429, { 'retry-after': '5' });
    if (step === '403') return json({ message: 'Access Denied', code: 403 }, 403);
    if (step === 'drop-before') throw new TypeError('Failed to fetch');
    if (end) return json({ message: 'Currently running time entry doesn’t exist', code: 404 }, 404);
    end = body.end;
    if (step === 'drop-after') throw new TypeError('Failed to fetch');
    return json(dto());
  };
  const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, random: () => 0, sleep: async (ms) => void sleeps.push(ms) });
  return { deps: stopDepsFor(client, WID), patches, sleeps, storedEnd: () => end };
}

const entry = { id: EID, userId: UID };

describe('stopAt', () => {
  it('stops at the chosen end after two 500s, sending the same end each time', async () => {
    const s = fakeClockify(['500', '500', 'ok']);
    const r = await stopAt(s.deps, entry, END);
    expect(r.kind).toBe('stopped');
    expect(r.end.toISOString()).toBe(END.toISOString());
    expect(s.patches).toEqual(Array(3).fill('2026-11-22T16:00:00Z'));
    expect(s.storedEnd()).toBe('2026-11-22T16:00:00Z');
  });

  it('waits at least what Retry-After asks on a 429', async () => {
    const s = fakeClockify(['429', 'ok']);
    const r = await stopAt(s.deps, entry, END);
    expect(r.kind).toBe('stopped');
    expect(s.sleeps).toEqual([5000]);
  });

  it('reports stopped when the answer was lost and the retry found nothing running, since the record ends at the chosen end', async () => {
    const s = fakeClockify(['drop-after']);
    const r = await stopAt(s.deps, entry, END);
    expect(s.patches).toHaveLength(2);
    expect(r).toMatchObject({ kind: 'stopped' });
    expect(r.end.toISOString()).toBe(END.toISOString());
  });

  it('reports stopped when every attempt lost its answer but the record shows the chosen end', async () => {
    const s = fakeClockify(['drop-after', 'drop-before', 'drop-before', 'drop-before']);
    const r = await stopAt(s.deps, entry, END);
    expect(r.kind).toBe('stopped');
  });

  it('reports "already stopped" when someone else stopped it at another end, and changes nothing', async () => {
    const s = fakeClockify(['other-stops-first']);
    const r = await stopAt(s.deps, entry, END);
    expect(r.kind).toBe('already-stopped');
    expect(r.kind === 'already-stopped' && r.entry?.end?.toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(s.storedEnd()).toBe('2026-11-22T12:00:00Z');
  });

  it('fails with the chosen end kept when every attempt fails, and knows the timer still runs', async () => {
    const s = fakeClockify(['500', '500', '500', '500']);
    const r = await stopAt(s.deps, entry, END);
    expect(r).toMatchObject({ kind: 'failed', stillRunning: true, error: { kind: 'server', status: 500 } });
    expect(r.end).toBe(END);
    expect(s.patches).toHaveLength(4);
    expect(s.storedEnd()).toBeNull();
  });

  it('does not retry a refusal (403) and does not look further', async () => {
    const s = fakeClockify(['403']);
    const r = await stopAt(s.deps, entry, END);
    expect(r).toMatchObject({ kind: 'failed', error: { kind: 'forbidden' }, stillRunning: null });
    expect(s.patches).toHaveLength(1);
  });
});
