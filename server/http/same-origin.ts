/**
 * CSRF guard for the sandbox controls (they have no auth): a browser only ever sends them
 * requests from this server's own pages. Refused: a `Sec-Fetch-Site` other than
 * `same-origin`/`none`, an `Origin` whose host is not the request's own `Host`, and writes
 * that are not `application/json` (an HTML form or a `text/plain` fetch can send neither
 * that type nor the header without a CORS preflight, which these routes never grant).
 * curl and test clients send neither header and keep working.
 */
import type { MiddlewareHandler } from 'hono';
import { isJsonMediaType, unsupportedTypeMessage } from './content-type';
import { hostName } from './host-check';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

const portOf = (host: string) => /:(\d+)$/.exec(host)?.[1] ?? '';

/** Same name and port; a missing port matches the scheme's default (80/443). */
function sameOrigin(origin: string, host: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (hostName(url.host) !== hostName(host)) return false;
  const a = url.port;
  const b = portOf(host.trim());
  return a === b || (a === '' && (b === '80' || b === '443')) || (b === '' && (a === '80' || a === '443'));
}

export const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const host = c.req.header('host') ?? '';
  if ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && !sameOrigin(origin, host))) {
    return c.json({ message: 'Sandbox controls refuse requests from another site', code: 403 }, 403);
  }
  if (BODY_METHODS.has(c.req.method) && !isJsonMediaType(c.req.header('content-type'))) {
    return c.json({ message: unsupportedTypeMessage(c.req.header('content-type')), code: 3000 }, 415);
  }
  await next();
};
