/**
 * `/proxy/{region}/api/v1/...` → Clockify, for browsers that cannot call Clockify directly.
 * The upstream host comes only from the region allow-list, never from the request; only the
 * auth headers and Content-Type go up, and only content-type, last-page and retry-after come
 * back (no cookies either way).
 */
import type { Handler } from 'hono';
import { BODY_LIMIT_BYTES, BodyTooLargeError, readBodyBytes } from './body';

export const REGION_ORIGINS: Readonly<Record<string, string>> = {
  global: 'https://api.clockify.me',
  euc1: 'https://euc1.clockify.me',
  use2: 'https://use2.clockify.me',
  euw2: 'https://euw2.clockify.me',
  apse2: 'https://apse2.clockify.me',
};

const FORWARDED_REQUEST_HEADERS = ['x-api-key', 'x-addon-token', 'content-type'];
const RETURNED_RESPONSE_HEADERS = ['content-type', 'last-page', 'retry-after'];

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  fetchImpl?: FetchLike;
  timeoutMs?: number;
}

const clockifyError = (message: string, code: number, status: number) =>
  new Response(JSON.stringify({ message, code }), { status, headers: { 'Content-Type': 'application/json' } });

export function proxyHandler(options: ProxyOptions = {}): Handler {
  const fetchImpl = options.fetchImpl ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (c) => {
    const match = /^\/proxy\/([^/]*)(\/.*)?$/.exec(c.req.path);
    const region = match?.[1] ?? '';
    const origin = Object.hasOwn(REGION_ORIGINS, region) ? REGION_ORIGINS[region] : undefined;
    if (!origin) return clockifyError(`Unknown Clockify region "${region.slice(0, 20)}"; use one of ${Object.keys(REGION_ORIGINS).join(', ')}`, 3000, 400);
    const rest = match?.[2] ?? '';
    if (!rest.startsWith('/api/v1/')) return clockifyError('The proxy only forwards /api/v1/ paths', 3000, 404);
    const search = new URL(c.req.url).search;
    const url = new URL(`${origin}${rest}${search}`);
    if (url.origin !== origin) return clockifyError('Refusing to forward to another host', 3000, 400);

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    let body: Uint8Array | undefined;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      try {
        body = await readBodyBytes(c.req.raw, BODY_LIMIT_BYTES);
      } catch (err) {
        if (err instanceof BodyTooLargeError) return clockifyError('Request body is larger than 1 MB', 413, 413);
        return clockifyError('Could not read the request body', 3000, 400);
      }
    }

    let upstream: Response;
    try {
      upstream = await fetchImpl(url.toString(), {
        method: c.req.method,
        headers,
        body: body && body.byteLength > 0 ? (body as unknown as BodyInit) : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return clockifyError(`Could not reach Clockify (${region})`, 502, 502);
    }
    if (upstream.status < 200 || upstream.status > 599) return clockifyError(`Unexpected answer from Clockify (${region})`, 502, 502);
    const out = new Headers();
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    const payload = upstream.status === 204 || upstream.status === 304 ? null : await upstream.arrayBuffer().catch(() => null);
    return new Response(payload, { status: upstream.status, headers: out });
  };
}
