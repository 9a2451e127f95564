/** The client's request policy: what is retried, how often, how long it waits, and what it returns. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildUrl, createClient, DEFAULT_RETRY } from './client';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const boom = () => json({ message: 'boom', code: 500 }, 500);

function scripted(...replies: Array<() => Response>) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => (replies.shift() ?? (() => json({ ok: true })))());
}

describe('retries', () => {
  it('retries an idempotent request as often as the policy says, waiting a jittered, growing delay', async () => {
    const fetch = scripted(boom, boom, boom, boom);
    const sleeps: number[] = [];
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, random: () => 0.5, retry: { retries: 3, baseDelayMs: 100 }, sleep: async (ms) => void sleeps.push(ms) });
    await expect(client.request('GET', '/a')).rejects.toMatchObject({ kind: 'server', status: 500 });
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(sleeps).toEqual([75, 150, 300]);
  });

  it('keeps the default policy for what is not overridden', async () => {
    expect(DEFAULT_RETRY).toEqual({ retries: 3, baseDelayMs: 400, maxDelayMs: 8000 });
    const fetch = scripted(boom, boom);
    const sleeps: number[] = [];
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, random: () => 1, retry: { retries: 1 }, sleep: async (ms) => void sleeps.push(ms) });
    await expect(client.request('GET', '/a')).rejects.toMatchObject({ kind: 'server' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleeps).toEqual([400]);
  });

  it('succeeds on a later attempt with that attempt’s answer', async () => {
    const fetch = scripted(boom, () => json({ n: 2 }));
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, sleep: async () => {} });
    expect((await client.request('GET', '/a')).data).toEqual({ n: 2 });
  });

  it('never retries a POST, retries a DELETE marked idempotent, and not a GET marked otherwise', async () => {
    const post = scripted(boom, boom);
    await expect(createClient({ baseUrl: 'http://x', apiKey: 'k', fetch: post, sleep: async () => {} }).request('POST', '/a', { body: {} })).rejects.toMatchObject({ kind: 'server' });
    expect(post).toHaveBeenCalledTimes(1);
    const del = scripted(boom, () => json([]));
    await createClient({ baseUrl: 'http://x', apiKey: 'k', fetch: del, sleep: async () => {} }).request('DELETE', '/a', { idempotent: true });
    expect(del).toHaveBeenCalledTimes(2);
    const get = scripted(boom, boom);
    await expect(createClient({ baseUrl: 'http://x', apiKey: 'k', fetch: get, sleep: async () => {} }).request('GET', '/a', { idempotent: false })).rejects.toMatchObject({ kind: 'server' });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('gives up as "aborted" when the wait between attempts is cancelled, and passes the signal to the wait', async () => {
    const fetch = scripted(boom, boom);
    const ac = new AbortController();
    const seen: Array<AbortSignal | undefined> = [];
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, sleep: async (_ms, signal) => {
      seen.push(signal);
      throw new Error('cancelled');
    } });
    await expect(client.request('GET', '/a', { signal: ac.signal })).rejects.toMatchObject({ kind: 'aborted' });
    expect(seen).toEqual([ac.signal]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('the default wait', () => {
  afterEach(() => vi.useRealTimers());

  it('waits the backoff on the clock before the next attempt', async () => {
    vi.useFakeTimers();
    const fetch = scripted(boom);
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, random: () => 0, retry: { baseDelayMs: 1000 } });
    const pending = client.request('GET', '/a');
    await vi.advanceTimersByTimeAsync(499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await pending).data).toEqual({ ok: true });
  });

  it('does not wait at all when the signal was aborted before the wait began', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const fetch = scripted(() => {
      ac.abort();
      return boom();
    }, boom);
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, random: () => 0, retry: { baseDelayMs: 10_000 } });
    const settled = expect(client.request('GET', '/a', { signal: ac.signal })).rejects.toMatchObject({ kind: 'aborted' });
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the signal aborts, before or during the wait', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const fetch = scripted(boom, boom);
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, random: () => 0, retry: { baseDelayMs: 10_000 } });
    const pending = client.request('GET', '/a', { signal: ac.signal });
    const settled = expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await vi.advanceTimersByTimeAsync(100);
    ac.abort();
    await settled;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('answers', () => {
  it('returns null data for 204 and for an empty body, with the status and headers', async () => {
    const fetch = scripted(() => new Response(null, { status: 204, headers: { 'x-a': '1' } }), () => new Response('', { status: 200 }));
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch });
    const res = await client.request('DELETE', '/a');
    expect(res).toMatchObject({ data: null, status: 204 });
    expect(res.headers.get('x-a')).toBe('1');
    expect((await client.request('GET', '/b')).data).toBeNull();
  });

  it('refuses an answer that is not JSON or does not match the schema, without retrying', async () => {
    const fetch = scripted(() => new Response('<html>', { status: 200 }), () => json({ id: 1 }));
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch, sleep: async () => {} });
    await expect(client.request('GET', '/a')).rejects.toMatchObject({ kind: 'invalid-response', status: 200 });
    await expect(client.request('GET', '/b', { schema: z.object({ id: z.string() }) })).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('parses through the schema when one is given', async () => {
    const fetch = scripted(() => json({ id: 'u', extra: 1 }));
    const client = createClient({ baseUrl: 'http://x', apiKey: 'k', fetch });
    expect((await client.request('GET', '/a', { schema: z.object({ id: z.string() }) })).data).toEqual({ id: 'u' });
  });
});

describe('buildUrl', () => {
  it('drops empty and missing query values and extra slashes at the end of the base', () => {
    expect(buildUrl('http://x/api//', '/v1/a', { a: null, b: undefined, c: '', d: 0, e: false })).toBe('http://x/api/v1/a?d=0&e=false');
  });
});
