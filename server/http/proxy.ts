/**
 * `/proxy/{region}/api/v1/...` → Clockify, for browsers that cannot call Clockify directly.
 * The upstream host comes only from the allow-list (the built-in regions plus the hosts
 * CLOCKIFY_EXTRA_HOSTS adds, keyed by host name), never from the request. The path is read
 * from the raw request line and decoded exactly once; backslashes, dot segments, encoded
 * separators and bad escapes are refused (400, with the reason), so what goes up is always a
 * normalised path under `/api/v1/`. Only the auth headers and Content-Type go up, and only
 * content-type, last-page and retry-after come back (no cookies either way).
 */
import type { HttpBindings } from '@hono/node-server';
import type { Handler } from 'hono';

const FORWARDED_REQUEST_HEADERS = ['x-api-key', 'x-addon-token', 'content-type'];
const RETURNED_RESPONSE_HEADERS = ['content-type', 'last-page', 'retry-after'];

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  /** Key in the path (`global`, `euc1`, … or an extra host's name) → upstream origin. */
  origins: Readonly<Record<string, string>>;
  fetchImpl?: FetchLike;
  timeoutMs?: number;
}

const clockifyError = (message: string, code: number, status: number) =>
  new Response(JSON.stringify({ message, code }), { status, headers: { 'Content-Type': 'application/json' } });

export class UnsafePathError extends Error {}

/** Raw path after `/api/v1` → decoded, checked segments (throws UnsafePathError with the reason). */
export function safeSegments(rawPath: string): string[] {
  if (rawPath.includes('\\')) throw new UnsafePathError('Backslashes are not allowed in proxied paths');
  return rawPath.split('/').map((raw) => {
    if (/%(2f|5c)/i.test(raw)) throw new UnsafePathError('Encoded path separators (%2F, %5C) are not allowed in proxied paths');
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new UnsafePathError('The path has an invalid percent-encoding');
    }
    if (segment === '.' || segment === '..') throw new UnsafePathError('Dot segments (. and ..) are not allowed in proxied paths');
    return segment;
  });
}

export function proxyHandler(options: ProxyOptions): Handler<{ Bindings: HttpBindings }> {
  const fetchImpl = options.fetchImpl ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const known = Object.keys(options.origins);
  return async (c) => {
    // The raw request-target: `new URL()` would already have resolved `..` and `\`.
    const target = c.env?.incoming?.url ?? `${new URL(c.req.url).pathname}${new URL(c.req.url).search}`;
    const q = target.indexOf('?');
    const rawPath = q === -1 ? target : target.slice(0, q);
    const search = q === -1 ? '' : target.slice(q);
    const match = /^\/proxy\/([^/]*)(\/.*)?$/.exec(rawPath);
    const region = match?.[1] ?? '';
    const origin = Object.hasOwn(options.origins, region) ? options.origins[region] : undefined;
    if (!origin) return clockifyError(`Unknown Clockify region "${region.slice(0, 40)}"; use one of ${known.join(', ')}`, 3000, 400);
    const rest = match?.[2] ?? '';
    if (!rest.startsWith('/api/v1/')) return clockifyError('The proxy only forwards /api/v1/ paths', 3000, 404);
    let segments: string[];
    try {
      segments = safeSegments(rest.slice('/api/v1/'.length));
    } catch (err) {
      if (err instanceof UnsafePathError) return clockifyError(err.message, 3000, 400);
      throw err;
    }
    const url = new URL(`${origin}/api/v1/${segments.map(encodeURIComponent).join('/')}${search.split('#')[0]}`);
    if (url.origin !== origin) return clockifyError('Refusing to forward to another host', 3000, 400);

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    let body: Uint8Array | undefined;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Its size was capped by `bodyLimit` before this handler runs.
      try {
        body = new Uint8Array(await c.req.arrayBuffer());
      } catch {
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
