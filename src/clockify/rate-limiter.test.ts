import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets a burst through, then spaces requests at the sustained rate', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ perSecond: 2, burst: 2 }, () => Date.now());
    const granted: number[] = [];
    const start = Date.now();
    for (let i = 0; i < 5; i++) limiter.acquire().then(() => granted.push(Date.now() - start));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(500);
    expect(granted).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(5);
    expect(granted[4]).toBeGreaterThanOrEqual(1500);
    vi.useRealTimers();
  });
  it('drops a waiting request when its signal aborts', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 });
    await limiter.acquire();
    const ac = new AbortController();
    const waiting = limiter.acquire(ac.signal);
    ac.abort();
    await expect(waiting).rejects.toBeDefined();
    expect(limiter.pending).toBe(0);
    vi.useRealTimers();
  });
});

describe('RateLimiter timing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Asks `n` times at once (after `idleMs` of quiet) and returns when each was let through, from the first ask. */
  async function grantTimes(limit: ConstructorParameters<typeof RateLimiter>[0], n: number, idleMs = 0) {
    const limiter = new RateLimiter(limit, () => Date.now());
    await vi.advanceTimersByTimeAsync(idleMs);
    const start = Date.now();
    const granted: number[] = [];
    for (let i = 0; i < n; i++) void limiter.acquire().then(() => granted.push(Date.now() - start));
    await vi.advanceTimersByTimeAsync(20_000);
    return granted;
  }

  it('grants a burst at once, then one every 1/perSecond', async () => {
    expect(await grantTimes({ perSecond: 2, burst: 2 }, 5)).toEqual([0, 0, 500, 1000, 1500]);
  });

  it('allows a burst of ⌈perSecond⌉ by default, and at least one', async () => {
    expect(await grantTimes({ perSecond: 2.5 }, 4)).toEqual([0, 0, 0, 400]);
    expect(await grantTimes({ perSecond: 0.5, burst: 0 }, 2)).toEqual([0, 2000]);
  });

  it('saves up no more than the burst while idle', async () => {
    expect(await grantTimes({ perSecond: 1, burst: 2 }, 4, 10_000)).toEqual([0, 0, 1000, 2000]);
  });

  it('counts what waits, and an aborted wait gives its turn to the next', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 }, () => Date.now());
    await limiter.acquire();
    const ac = new AbortController();
    const aborted = limiter.acquire(ac.signal);
    let nextAt = -1;
    const start = Date.now();
    void limiter.acquire().then(() => (nextAt = Date.now() - start));
    expect(limiter.pending).toBe(2);
    ac.abort(new Error('left the page'));
    await expect(aborted).rejects.toThrow('left the page');
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(nextAt).toBe(1000);
    expect(limiter.pending).toBe(0);
  });

  it('refuses at once when the signal is already aborted, and queues nothing', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 }, () => Date.now());
    const ac = new AbortController();
    ac.abort();
    await expect(limiter.acquire(ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(limiter.pending).toBe(0);
    // The slot it did not take is still free.
    let granted = false;
    void limiter.acquire().then(() => (granted = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toBe(true);
  });
  it('waits only for the part of a token still missing', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 }, () => Date.now());
    const start = Date.now();
    await limiter.acquire();
    await vi.advanceTimersByTimeAsync(400);
    let at = -1;
    void limiter.acquire().then(() => (at = Date.now() - start));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(at).toBe(1000);
  });
});
