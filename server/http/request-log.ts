/**
 * One line per request: `METHOD /path status 12ms`. Never headers, query strings or bodies:
 * API keys travel in headers, and descriptions or search terms in queries and bodies.
 */
import type { MiddlewareHandler } from 'hono';

export function requestLog(write: (line: string) => void = (line) => console.log(line)): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const path = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path;
      write(`${c.req.method} ${path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
    }
  };
}
