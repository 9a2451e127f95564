/** Security headers on every response (app, API, controls, proxy, errors — Node's own included). */
import type { MiddlewareHandler } from 'hono';
import { clockifyHosts } from './clockify-hosts';

export function contentSecurityPolicy(connectOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function securityHeadersFor(connectOrigins: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(connectOrigins),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
}

/** With the built-in regions only (answers written before the configured list is known). */
export const SECURITY_HEADERS = securityHeadersFor(clockifyHosts().connectOrigins);

export function securityHeaders(headers: Record<string, string> = SECURITY_HEADERS): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
