/**
 * One line per request: `METHOD /path status 12ms`. Never headers, query strings or bodies:
 * API keys travel in headers, and descriptions or search terms in queries and bodies.
 * Control characters in the (decoded) path are escaped, so a request cannot forge a line
 * (CR/LF) or repaint the terminal (ANSI escapes).
 */
import type { MiddlewareHandler } from 'hono';

const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t', '\\': '\\\\' };

export function escapeForLog(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function requestLog(write: (line: string) => void = (line) => console.log(line)): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const raw = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path;
      write(`${c.req.method} ${escapeForLog(raw)} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
    }
  };
}
