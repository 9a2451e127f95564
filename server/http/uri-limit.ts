/** Spring answers over-long request lines with 414; the sandbox does too, Clockify-shaped. */
import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';

export const MAX_URL_BYTES = 8192;

export const uriLimit: MiddlewareHandler<{ Bindings: HttpBindings }> = async (c, next) => {
  const raw = c.env?.incoming?.url ?? new URL(c.req.url).pathname + new URL(c.req.url).search;
  if (Buffer.byteLength(raw) > MAX_URL_BYTES) {
    return c.json({ message: `URI is longer than ${MAX_URL_BYTES} bytes`, code: 3000 }, 414);
  }
  await next();
};
