/**
 * The Clockify-compatible API, mounted at /api, on Hono's own parts. Middleware order matters:
 * stats (counts everything, faulted or not) → CORS (so even injected errors are readable by a
 * browser) → faults → method-not-allowed (405 for a known path under another verb) → auth
 * (skipped when no route matched, so 404/405 come first, like a static router) → routes.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { matchedRoutes } from 'hono/route';
import { authMiddleware, requestKey } from './auth';
import { errorJson, handleError } from './errors';
import { catalogRoutes } from './routes/catalog';
import { entryReadRoutes } from './routes/entries-read';
import { entryWriteRoutes } from './routes/entries-write';
import { memberRoutes } from './routes/members';
import { userRoutes } from './routes/user';
import type { ApiEnv, SandboxState } from './state';

type DropEnv = ApiEnv & { Variables: { dropped?: boolean } };

export const API_PREFIX = '/api';

export function createSandboxApi(state: SandboxState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.onError(handleError);
  api.use('*', statsMiddleware(state));
  api.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['X-Api-Key', 'X-Addon-Token', 'Content-Type'],
      exposeHeaders: ['last-page', 'Retry-After'],
      maxAge: 600,
    }),
  );
  api.use('*', faultsMiddleware(state));
  api.use(
    '*',
    methodNotAllowed({ app: api, onMethodNotAllowed: (c) => errorJson(c, 405, 3000, `Request method '${c.req.method}' is not supported`) }),
  );
  api.use('*', authMiddleware(state));
  api.route('/', userRoutes(state));
  api.route('/', memberRoutes(state));
  // The literal `/time-entries/status/in-progress` is registered before `/time-entries/:id`.
  api.route('/', entryReadRoutes(state));
  api.route('/', entryWriteRoutes(state));
  api.route('/', catalogRoutes(state));
  api.all('*', (c) => errorJson(c, 404, 3000, `No static resource ${stripPrefix(c.req.path).slice(1, 200)}.`));
  return api;
}

const stripPrefix = (path: string) => (path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) || '/' : path);

/** Stats key: the pattern of the route that serves the request ("GET /v1/workspaces/:workspaceId"), else "(unknown)". */
function statsMiddleware(state: SandboxState): MiddlewareHandler<DropEnv> {
  return async (c, next) => {
    try {
      await next();
    } finally {
      const route = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
      state.stats.record(`${c.req.method} ${route ? stripPrefix(route.path) : '(unknown)'}`, c.get('dropped') ? 'dropped' : c.res.status);
    }
  };
}

function faultsMiddleware(state: SandboxState): MiddlewareHandler<DropEnv & { Bindings: HttpBindings }> {
  const drop = (c: Parameters<MiddlewareHandler<DropEnv>>[0]) => {
    c.set('dropped', true);
    c.env?.incoming?.socket?.destroy();
    return c.body(null, 503);
  };
  return async (c, next) => {
    const { faults } = state;
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    const decision = faults.decide(c.req.method, c.req.path, requestKey(c.req.raw.headers), Date.now());
    switch (decision.kind) {
      case 'error':
        return errorJson(c, decision.status as 500, decision.status, decision.message);
      case 'rate-limited':
        return c.json({ message: 'Too many requests', code: 429 }, 429, { 'Retry-After': '1' });
      case 'drop-before':
        return drop(c);
      case 'drop-after':
        await next();
        return drop(c);
      default:
        await next();
    }
  };
}
