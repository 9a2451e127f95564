import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, buildUrl, createClient, getAllPages, DEFAULT_RETRY } from './client';
import { ClockifyError, describeError, parseRetryAfter } from './errors';
import { deleteEntries, stopTimer } from './endpoints';
import { timeEntrySchema } from './schemas';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);

function jsonResponse(body: unknown, init: ResponseInit & { headers?: Record<string, string> } = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

function entry(id: string, start: string, end: string | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    description: '',
    billable: false,
    projectId: null,
    taskId: null,
    tagIds: null,
    userId: UID,
    workspaceId: WID,
    timeInterval: { start, end, duration: end ? 'PT1H30M' : null },
    isLocked: false,
    type: 'REGULAR',
    kioskId: null,
    customFieldValues: null,
    ...extra,
  };
}

const noSleep = () => Promise.resolve();

describe('time entry parsing', () => {
  it('turns Clockify nulls into clean types', () => {
    const e = timeEntrySchema.parse(entry('1'.repeat(24), '2026-11-20T08:00:00Z', '2026-11-20T09:30:00Z'));
    expect(e.tagIds).toEqual([]);
    expect(e.projectId).toBeNull();
    expect(e.start).toEqual(new Date('2026-11-20T08:00:00Z'));
    expect(e.durationSeconds).toBe(5400);
    expect(e.customFieldValues).toEqual([]);
  });
  it('keeps a running entry open', () => {
    const e = timeEntrySchema.parse(entry('1'.repeat(24), '2026-11-20T08:00:00Z', null));
    expect(e.end).toBeNull();
    expect(e.durationSeconds).toBeNull();
  });
});

describe('errors', () => {
  it('parses {message, code} into a typed error with status and code', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'Api key does not exist', code: 4003 }, { status: 401 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const err = await client.request('GET', '/v1/user').catch((e) => e);
    expect(err).toBeInstanceOf(ClockifyError);
    expect(err).toMatchObject({ kind: 'auth', status: 401, code: 4003, serverMessage: 'Api key does not exist' });
    expect(describeError(err, 'connect')).toMatch(/^Could not connect: the API key was not accepted\./);
  });
  it('never shows the key, even when the 401 message echoes it', async () => {
    const key = 'sk-4f9a2c7e1b';
    const fetch = vi.fn(async () => jsonResponse({ message: `Api key ${key} does not exist`, code: 4003 }, { status: 401 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: key, fetch });
    const err = await client.request('GET', '/v1/user').catch((e) => e);
    expect(err.kind).toBe('auth');
    expect(describeError(err, 'connect')).toMatch(/API key was not accepted/);
    expect(describeError(err, 'connect')).not.toContain(key);
  });
  it('classifies a workspace rule (400/501) and shows the server message', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'Project is required', code: 501 }, { status: 400 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const err = await stopTimer(client, WID, UID, { end: '2026-11-22T10:00:00Z' }).catch((e) => e);
    expect(err.kind).toBe('rule');
    expect(describeError(err, 'stop the timer')).toContain('Project is required');
  });
  it('reports network failures without leaking the key', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'secret-key', fetch, sleep: noSleep });
    const err = await client.request('GET', '/v1/user').catch((e) => e);
    expect(err.kind).toBe('network');
    expect(fetch).toHaveBeenCalledTimes(1 + DEFAULT_RETRY.retries);
    expect(JSON.stringify(err) + err.message).not.toContain('secret-key');
  });
  it('reads Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeNull();
  });
  it('sends the key only as the X-Api-Key header', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ id: 'u', settings: null }));
    const client = createClient({ baseUrl: 'http://x/api/', apiKey: 'my-key', fetch });
    await client.request('GET', '/v1/user');
    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toBe('http://x/api/v1/user');
    expect((init?.headers as Record<string, string>)['X-Api-Key']).toBe('my-key');
  });
});

describe('request policy', () => {
  it('retries GETs on 5xx and 429, honouring Retry-After', async () => {
    const replies = [
      jsonResponse({ message: 'busy', code: 429 }, { status: 429, headers: { 'retry-after': '3' } }),
      jsonResponse({ message: 'boom', code: 500 }, { status: 500 }),
      jsonResponse({ id: 'u' }),
    ];
    const fetch = vi.fn(async () => replies.shift()!);
    const sleeps: number[] = [];
    const client = createClient({
      baseUrl: 'http://x/api',
      apiKey: 'k',
      fetch,
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
    });
    const res = await client.request('GET', '/v1/user');
    expect(res.data).toEqual({ id: 'u' });
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(sleeps).toHaveLength(2);
  });
  it('retries the stop PATCH with the same end, honouring Retry-After', async () => {
    const replies = [
      jsonResponse({ message: 'boom', code: 500 }, { status: 500 }),
      jsonResponse({ message: 'slow down', code: 429 }, { status: 429, headers: { 'retry-after': '2' } }),
      jsonResponse(entry('1'.repeat(24), '2026-11-22T08:00:00Z', '2026-11-22T10:00:00Z')),
    ];
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => replies.shift()!);
    const sleeps: number[] = [];
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, random: () => 0, sleep: async (ms) => void sleeps.push(ms) });
    const stopped = await stopTimer(client, WID, UID, { end: '2026-11-22T10:00:00Z' });
    expect(stopped.end?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls.map(([, init]) => [init?.method, init?.body])).toEqual(
      Array(3).fill(['PATCH', '{"end":"2026-11-22T10:00:00Z"}']),
    );
    expect(sleeps[1]).toBeGreaterThanOrEqual(2000);
  });
  it('gives up on a stop after the policy’s retries', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'boom', code: 500 }, { status: 500 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, sleep: noSleep });
    await expect(stopTimer(client, WID, UID, { end: '2026-11-22T10:00:00Z' })).rejects.toMatchObject({ kind: 'server' });
    expect(fetch).toHaveBeenCalledTimes(DEFAULT_RETRY.retries + 1);
  });
  it('never retries a POST, even when asked to', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'boom', code: 500 }, { status: 500 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, sleep: noSleep });
    await expect(client.request('POST', '/v1/x', { body: {}, idempotent: true })).rejects.toMatchObject({ kind: 'server' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('does not retry a PATCH that was not declared safe to repeat', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'boom', code: 500 }, { status: 500 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, sleep: noSleep });
    await expect(client.request('PATCH', '/v1/x', { body: {} })).rejects.toMatchObject({ kind: 'server' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('does not retry 4xx answers', async () => {
    const fetch = vi.fn(async () => jsonResponse({ message: 'Access Denied', code: 403 }, { status: 403 }));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch, sleep: noSleep });
    await expect(client.request('GET', '/v1/workspaces')).rejects.toMatchObject({ kind: 'forbidden' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('grows the backoff exponentially with jitter, capped', () => {
    const p = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(0, p, () => 0, null)).toBe(50);
    expect(backoffDelay(2, p, () => 1, null)).toBe(400);
    expect(backoffDelay(10, p, () => 1, null)).toBe(1000);
    expect(backoffDelay(0, p, () => 0, 5000)).toBe(5000);
  });
  it('refuses to send an invalid stop body or a malformed id', async () => {
    const fetch = vi.fn();
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    await expect(stopTimer(client, WID, UID, { end: '2026-11-22 10:00' })).rejects.toThrow();
    await expect(deleteEntries(client, WID, UID, ['../../users'])).rejects.toThrow(/not a Clockify id/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('pagination', () => {
  it('follows pages until last-page: true', async () => {
    const pages: Record<string, unknown[]> = {
      '1': [entry('1'.repeat(24), '2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z'), entry('2'.repeat(24), '2026-11-19T08:00:00Z', '2026-11-19T09:00:00Z')],
      '2': [entry('3'.repeat(24), '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z'), entry('4'.repeat(24), '2026-11-17T08:00:00Z', '2026-11-17T09:00:00Z')],
      '3': [],
    };
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      const page = new URL(String(url)).searchParams.get('page')!;
      return jsonResponse(pages[page], { headers: { 'last-page': page === '2' ? 'true' : 'false' } });
    });
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const all = await getAllPages(client, '/v1/x', timeEntrySchema, { pageSize: 2 });
    expect(all.map((e) => e.id[0])).toEqual(['1', '2', '3', '4']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
  it('stops on a short page when the header is missing', async () => {
    const fetch = vi.fn(async () => jsonResponse([entry('1'.repeat(24), '2026-11-20T08:00:00Z', null)]));
    const client = createClient({ baseUrl: 'http://x/api', apiKey: 'k', fetch });
    const all = await getAllPages(client, '/v1/x', timeEntrySchema, { pageSize: 50 });
    expect(all).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('writes repeated keys for arrays', () => {
    expect(buildUrl('http://x/api', '/v1/y', { 'time-entry-ids': ['a', 'b'], page: 1, empty: '' })).toBe(
      'http://x/api/v1/y?time-entry-ids=a&time-entry-ids=b&page=1',
    );
  });
});
