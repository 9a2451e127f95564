/**
 * The one thin client: base URL + key header, Clockify errors parsed into `ClockifyError`,
 * responses parsed through zod at the edge, pagination, and the request policy (timeout,
 * retries with backoff for idempotent calls only, a per-connection rate limiter).
 * No toasts or redirects here: callers decide what to show.
 */
import type { z } from 'zod/mini';
import { ClockifyError, errorFromResponse } from './errors';
import { RateLimiter, type RateLimit } from './rate-limiter';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string>;
export type Query = Record<string, QueryValue>;

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ClientOptions {
  /** Names the cache this client's answers live under (the connection's id); never the key. */
  id?: string;
  baseUrl: string;
  apiKey: string;
  rateLimit?: RateLimit | null;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  /** Seeded in tests so backoff is predictable. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RequestOptions<S extends z.ZodMiniType | undefined> {
  query?: Query;
  body?: unknown;
  schema?: S;
  signal?: AbortSignal;
  /**
   * Retry transient failures (network, timeout, 5xx, 429). Defaults to true for GET. Set it on
   * a write only when repeating it cannot do harm: a DELETE of fixed ids, or the stop PATCH
   * (`{"end"}` — sending the same end twice stops at the same end; a second copy gets 404).
   * POST is never retried, whatever this says: a second copy would create a second entry.
   */
  idempotent?: boolean;
}

export interface ClientResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 400, maxDelayMs: 8000 };

export function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value == null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

/** Exponential backoff with full jitter, never shorter than what `Retry-After` asks. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs: number | null) {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

export interface ClockifyClient {
  /** The connection this client speaks for: query keys are rooted in it. */
  readonly id: string;
  readonly baseUrl: string;
  request<S extends z.ZodMiniType | undefined = undefined>(
    method: string,
    path: string,
    options?: RequestOptions<S>,
  ): Promise<ClientResponse<S extends z.ZodMiniType ? z.output<S> : unknown>>;
}

export function createClient(options: ClientOptions): ClockifyClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function attempt(method: string, url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    if (limiter) await limiter.acquire(signal);
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const res = await fetchImpl(url, {
        method,
        headers: {
          'X-Api-Key': options.apiKey,
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: combined,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!res.ok) throw await errorFromResponse(res);
      return res;
    } catch (e) {
      if (e instanceof ClockifyError) throw e;
      if (signal?.aborted) throw new ClockifyError({ kind: 'aborted' });
      if (timeout.aborted) throw new ClockifyError({ kind: 'timeout' });
      // fetch rejects with a bare TypeError for offline, DNS, CORS and dropped connections alike.
      throw new ClockifyError({ kind: 'network' });
    }
  }

  return {
    id: options.id ?? 'default',
    baseUrl: options.baseUrl,
    async request(method, path, opts = {}) {
      const url = buildUrl(options.baseUrl, path, opts.query);
      const idempotent = method !== 'POST' && (opts.idempotent ?? method === 'GET');
      for (let n = 0; ; n++) {
        try {
          const res = await attempt(method, url, opts.body, opts.signal);
          let json: unknown = null;
          const text = res.status === 204 ? '' : await res.text();
          if (text) {
            try {
              json = JSON.parse(text);
            } catch {
              throw new ClockifyError({ kind: 'invalid-response', status: res.status });
            }
          }
          if (!opts.schema) return { data: json as never, headers: res.headers, status: res.status };
          const parsed = opts.schema.safeParse(json);
          if (!parsed.success) throw new ClockifyError({ kind: 'invalid-response', status: res.status });
          return { data: parsed.data as never, headers: res.headers, status: res.status };
        } catch (e) {
          const err = e as ClockifyError;
          if (!idempotent || !err.transient || n >= policy.retries) throw err;
          await sleep(backoffDelay(n, policy, random, err.retryAfterMs), opts.signal).catch(() => {
            throw new ClockifyError({ kind: 'aborted' });
          });
        }
      }
    },
  };
}

export interface Page<T> {
  items: T[];
  page: number;
  isLastPage: boolean;
}

/** What checks each item of a list: a zod schema, or a parser with the same `safeParse` contract. */
export type ItemParser<O> = z.ZodMiniType<O> | { safeParse(raw: unknown): { success: true; data: O } | { success: false } };

/** One page of a Clockify list: bare array + `last-page` header (or a short page). */
export async function getPage<O>(
  client: ClockifyClient,
  path: string,
  itemSchema: ItemParser<O>,
  { page, pageSize, query, signal }: { page: number; pageSize: number; query?: Query; signal?: AbortSignal },
): Promise<Page<O>> {
  const { data, headers } = await client.request('GET', path, {
    query: { ...query, page, 'page-size': pageSize },
    signal,
  });
  if (!Array.isArray(data)) throw new ClockifyError({ kind: 'invalid-response', status: 200 });
  const items: O[] = [];
  for (const raw of data) {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) throw new ClockifyError({ kind: 'invalid-response', status: 200 });
    items.push(parsed.data);
  }
  const header = headers.get('last-page');
  const isLastPage = header === 'true' || data.length < pageSize || (header !== 'false' && data.length === 0);
  return { items, page, isLastPage };
}

/** Every page of a list, in order. */
export async function getAllPages<T extends z.ZodMiniType>(
  client: ClockifyClient,
  path: string,
  itemSchema: T,
  opts: { pageSize?: number; query?: Query; signal?: AbortSignal; maxPages?: number } = {},
): Promise<z.output<T>[]> {
  const pageSize = opts.pageSize ?? 200;
  const all: z.output<T>[] = [];
  const parser: ItemParser<z.output<T>> = itemSchema;
  for (let page = 1; page <= (opts.maxPages ?? 1000); page++) {
    const res = await getPage(client, path, parser, { ...opts, page, pageSize });
    all.push(...res.items);
    if (res.isLastPage) break;
  }
  return all;
}
