/**
 * A token bucket per connection: `perSecond` requests a second sustained, bursts up to
 * `burst`. Real Clockify allows 50/s on paid plans; new free workspaces get 30 an hour,
 * so the console's default for real Clockify is conservative and configurable.
 */
export interface RateLimit {
  perSecond: number;
  burst?: number;
}

export class RateLimiter {
  private tokens: number;
  private last: number;
  private queue: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly burst: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.burst = Math.max(1, limit.burst ?? Math.ceil(limit.perSecond));
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Resolves when a request may go out; rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        this.queue = this.queue.filter((g) => g !== grant);
        reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(grant);
      this.drain();
    });
  }

  /** Requests waiting for a slot. */
  get pending(): number {
    return this.queue.length;
  }

  private refill() {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.limit.perSecond);
    this.last = t;
  }

  private drain() {
    this.refill();
    while (this.queue.length && this.tokens >= 1) {
      this.tokens -= 1;
      this.queue.shift()!();
    }
    if (this.queue.length && !this.timer) {
      const wait = Math.ceil(((1 - this.tokens) / this.limit.perSecond) * 1000);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.drain();
      }, wait);
    }
  }
}
