/**
 * Clockify auth: exactly one of X-Api-Key / X-Addon-Token (both looked up in the same key
 * table). None, both, or an Authorization header → 401/1000; an unknown key → 401/4003, an
 * unknown add-on token → 401/4017. Runs only when a route matched, so unknown paths and
 * wrong verbs answer 404/405 before auth, as Clockify's router does.
 */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { ApiError } from './errors';
import type { ApiEnv, SandboxState } from './state';

export function authMiddleware(state: SandboxState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!matchedRoutes(c).some((r) => r.method !== 'ALL')) return next();
    const apiKey = c.req.header('x-api-key');
    const addonToken = c.req.header('x-addon-token');
    const tokens = [apiKey, addonToken].filter((v) => v !== undefined);
    if (c.req.header('authorization') !== undefined || tokens.length !== 1) {
      throw new ApiError(401, 1000, 'Multiple or none auth tokens present');
    }
    const caller = state.store.keyOwner(tokens[0]!);
    if (!caller) throw apiKey !== undefined ? new ApiError(401, 4003, 'Api key does not exist') : new ApiError(401, 4017, 'Token is not valid');
    c.set('caller', caller);
    await next();
  };
}

/** The key a request is rate-limited by (never logged). */
export function requestKey(headers: Headers): string {
  return headers.get('x-api-key') ?? headers.get('x-addon-token') ?? '(anonymous)';
}
