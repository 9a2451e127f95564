/**
 * `/sandbox/*`: test and demo controls (not Clockify). No auth, so: switched off entirely when
 * the server listens beyond loopback; refused to callers that are not this machine — a
 * non-loopback address, a non-loopback Host (a colleague through a reverse proxy), or any
 * `Forwarded`/`X-Forwarded-*` header (a proxy in front means the caller is elsewhere) — unless
 * SANDBOX_CONTROLS=1 says otherwise; and, always, refused to other sites' pages (CSRF:
 * `sameOriginOnly`).
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { jsonBody } from './json-body';
import { errorJson, handleError } from './errors';
import { faultConfigSchema } from './faults';
import { DEFAULT_SEED, generateSeed, SeedError } from './seed';
import type { SandboxState } from './state';
import { hostName, isLoopbackName } from '../http/host-check';
import { sameOriginOnly } from '../http/same-origin';

export const resetSchema = z.strictObject({
  seed: z.number().int().optional(),
  entriesPerUser: z.number().int().min(0).max(200_000).optional(),
  days: z.number().int().min(1).max(3650).optional(),
  heavyUser: z.strictObject({ email: z.string().max(200), entries: z.number().int().min(0).max(1_000_000) }).optional(),
});
export type ResetOptions = z.output<typeof resetSchema>;

/** Wipes and reseeds; throws SeedError for options the seed cannot satisfy. */
export function reseed(state: SandboxState, options: ResetOptions = {}) {
  const started = performance.now();
  const data = generateSeed(options.seed ?? DEFAULT_SEED, { ...options, now: state.now() });
  state.store.replaceAll(data);
  state.faults.clear();
  state.stats.reset();
  return { ok: true as const, ...state.store.counts(), ms: Math.round(performance.now() - started) };
}

export const isLoopbackAddress = (addr: string | undefined) =>
  !!addr && (addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.'));

export const isLoopbackHost = (host: string) => host === 'localhost' || isLoopbackAddress(host);

export interface ControlsOptions {
  /** The host the server is bound to. */
  host: string;
  /** SANDBOX_CONTROLS=1: allow from anywhere and on any bind address. */
  override: boolean;
}

type Env = { Bindings: HttpBindings };

export function createControls(state: SandboxState, options: ControlsOptions): Hono<Env> {
  const app = new Hono<Env>();
  app.onError(handleError);
  const guard: MiddlewareHandler<Env> = async (c, next) => {
    if (!options.override) {
      if (!isLoopbackHost(options.host)) return errorJson(c, 404, 404, 'Not found');
      const proxied = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'].some((h) => c.req.header(h) !== undefined);
      const local = isLoopbackAddress(c.env?.incoming?.socket?.remoteAddress) && isLoopbackName(hostName(c.req.header('host') ?? '')) && !proxied;
      if (!local) return errorJson(c, 403, 403, 'Sandbox controls are only available from this machine');
    }
    await next();
  };
  app.use('*', guard);
  app.use('*', sameOriginOnly);

  app.get('/demo-keys', (c) => c.json(state.store.demoKeys()));

  app.post('/reset', async (c) => {
    // An empty body means "defaults", so read it here rather than through jsonBody.
    let text: string;
    try {
      text = await c.req.text();
    } catch {
      return errorJson(c, 400, 3000, 'Unreadable body');
    }
    let json: unknown = {};
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        return errorJson(c, 400, 3000, 'Malformed JSON request body');
      }
    }
    const parsed = resetSchema.safeParse(json);
    if (!parsed.success) return errorJson(c, 400, 3000, `Invalid reset options: ${parsed.error.issues[0]?.path.join('.') || 'body'} ${parsed.error.issues[0]?.message ?? ''}`.trim());
    try {
      return c.json(reseed(state, parsed.data));
    } catch (err) {
      if (err instanceof SeedError) return errorJson(c, 400, 3000, err.message);
      throw err;
    }
  });

  app.get('/faults', (c) => c.json(state.faults.config()));
  app.post('/faults', async (c) => c.json(state.faults.set(await jsonBody(c, faultConfigSchema))));
  app.delete('/faults', (c) => {
    state.faults.clear();
    return c.json(state.faults.config());
  });

  app.get('/stats', (c) => c.json(state.stats.snapshot()));
  app.delete('/stats', (c) => {
    state.stats.reset();
    return c.json(state.stats.snapshot());
  });

  app.all('*', (c) => errorJson(c, 404, 404, `No sandbox control at ${c.req.path.slice(0, 200)}`));
  return app;
}
