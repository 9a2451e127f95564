import { describe, expect, it, vi } from 'vitest';
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
