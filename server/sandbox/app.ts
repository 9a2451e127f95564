/**
 * The Clockify-compatible API, mounted at /api. Middleware order matters:
 * stats (counts everything, faulted or not) → CORS (so even injected errors are readable by a
 * browser) → faults → 404/405 from the route table (before auth, like a static router) → auth.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Handler, type MiddlewareHandler } from 'hono';
import { authMiddleware, requestKey } from './auth';
import { ApiError, errorJson, handleError } from './errors';
import type { ApiEnv, SandboxState } from './state';
import { RouteTable } from './route-table';
import { registerCatalogRoutes } from './routes/catalog';
import { registerEntryReadRoutes } from './routes/entries-read';
import { registerEntryWriteRoutes } from './routes/entries-write';
import { registerMemberRoutes } from './routes/members';
import { registerUserRoutes } from './routes/user';

type DropEnv = ApiEnv & { Variables: { dropped?: boolean } };
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Registers a handler with Hono and in the route table in one step. */
export interface Registrar {
  on(method: Method, pattern: string, handler: Handler<ApiEnv>): void;
}

export const API_PREFIX = '/api';

const stripPrefix = (path: string) => (path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) || '/' : path);

export function createSandboxApi(state: SandboxState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const table = new RouteTable();
  api.onError(handleError);
  api.use('*', statsMiddleware(state, table));
  api.use('*', corsMiddleware);
  api.use('*', faultsMiddleware(state));
  api.use('*', async (c, next) => {
    const path = stripPrefix(c.req.path);
    const m = table.match(c.req.method, path);
    if (m.pattern === null) {
      if (m.pathKnown) throw new ApiError(405, 3000, `Request method '${c.req.method}' is not supported`);
      throw new ApiError(404, 3000, `No static resource ${path.slice(1, 200)}.`);
    }
    await next();
  });
  api.use('*', authMiddleware(state));
  const r: Registrar = {
    on(method, pattern, handler) {
      table.add(method, pattern);
      api.on(method, pattern, handler);
    },
  };
  registerUserRoutes(r, state);
  registerMemberRoutes(r, state);
  // The literal `/time-entries/status/in-progress` must be registered before `/time-entries/:id`.
  registerEntryReadRoutes(r, state);
  registerEntryWriteRoutes(r, state);
  registerCatalogRoutes(r, state);
  return api;
}

function statsMiddleware(state: SandboxState, table: RouteTable): MiddlewareHandler<DropEnv> {
  return async (c, next) => {
    const key = table.statsKey(c.req.method, stripPrefix(c.req.path));
    try {
      await next();
    } finally {
      state.stats.record(key, c.get('dropped') ? 'dropped' : c.res.status);
    }
  };
}

const corsMiddleware: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': 'X-Api-Key, X-Addon-Token, Content-Type',
      'Access-Control-Max-Age': '600',
    });
  }
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', '*');
  c.res.headers.set('Access-Control-Expose-Headers', 'last-page, Retry-After');
};

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
