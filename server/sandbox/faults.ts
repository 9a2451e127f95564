/**
 * Fault injection for /api only (never /sandbox or static files), so the console's retry,
 * rate-limit and partial-failure paths can be exercised on demand. The error-rate dice use a
 * seeded PRNG: the same configuration produces the same sequence of failures.
 */
import { z } from 'zod';
import { mulberry32, type Rng } from './rng';

export const faultConfigSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  rateLimitPerSecond: z.number().int().min(1).max(100_000).nullish(),
  seed: z.number().int().optional(),
  failNext: z
    .strictObject({
      status: z.number().int().min(400).max(599),
      times: z.number().int().min(1).max(10_000).default(1),
      method: z.string().max(10).optional(),
      pathIncludes: z.string().max(500).optional(),
      mode: z.enum(['error', 'drop-before', 'drop-after']).default('error'),
    })
    .nullish(),
});
export type FaultConfigInput = z.output<typeof faultConfigSchema>;

export interface FaultConfig {
  latencyMs: number;
  errorRate: number;
  rateLimitPerSecond: number | null;
  seed: number;
  failNext: { status: number; times: number; method: string | null; pathIncludes: string | null; mode: 'error' | 'drop-before' | 'drop-after' } | null;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'error'; status: number; message: string }
  | { kind: 'rate-limited' }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' };

const OFF: FaultConfig = { latencyMs: 0, errorRate: 0, rateLimitPerSecond: null, seed: 1, failNext: null };

export class FaultInjector {
  private cfg: FaultConfig = { ...OFF };
  private rng: Rng = mulberry32(OFF.seed);
  private readonly windows = new Map<string, { second: number; count: number }>();

  /** Replaces the whole configuration (omitted fields are off), and restarts the dice. */
  set(input: FaultConfigInput): FaultConfig {
    const f = input.failNext;
    this.cfg = {
      latencyMs: input.latencyMs ?? 0,
      errorRate: input.errorRate ?? 0,
      rateLimitPerSecond: input.rateLimitPerSecond ?? null,
      seed: input.seed ?? 1,
      failNext: f ? { status: f.status, times: f.times, method: f.method?.toUpperCase() ?? null, pathIncludes: f.pathIncludes ?? null, mode: f.mode } : null,
    };
    this.rng = mulberry32(this.cfg.seed);
    this.windows.clear();
    return this.config();
  }

  clear(): void {
    this.set({});
  }

  config(): FaultConfig {
    return structuredClone(this.cfg);
  }

  get latencyMs(): number {
    return this.cfg.latencyMs;
  }

  /** Decides this request's fate; consumes one `failNext` use when it matches. */
  decide(method: string, path: string, key: string, nowMs: number): FaultDecision {
    const f = this.cfg.failNext;
    if (f && f.times > 0 && (!f.method || f.method === method) && (!f.pathIncludes || path.includes(f.pathIncludes))) {
      f.times -= 1;
      if (f.times === 0) this.cfg.failNext = null;
      if (f.mode === 'drop-before') return { kind: 'drop-before' };
      if (f.mode === 'drop-after') return { kind: 'drop-after' };
      return { kind: 'error', status: f.status, message: `Sandbox injected failure (HTTP ${f.status})` };
    }
    if (this.cfg.rateLimitPerSecond !== null) {
      const second = Math.floor(nowMs / 1000);
      const w = this.windows.get(key);
      if (this.windows.size > 10_000) this.windows.clear(); // random keys must not grow memory forever
      if (!w || w.second !== second) this.windows.set(key, { second, count: 1 });
      else if (++w.count > this.cfg.rateLimitPerSecond) return { kind: 'rate-limited' };
    }
    if (this.cfg.errorRate > 0 && this.rng() < this.cfg.errorRate) {
      return { kind: 'error', status: 500, message: 'Sandbox injected failure (random error rate)' };
    }
    return { kind: 'none' };
  }
}
