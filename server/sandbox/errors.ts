/**
 * Clockify-shaped errors. Every failure the sandbox produces is `{"message", "code"}` JSON;
 * `code` is Clockify's application code (3000 bad request, 501 foreign entity, 1000/4003 auth),
 * not necessarily the HTTP status.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string) => new ApiError(400, 3000, message);
/** Clockify answers missing or foreign entities with 400/501, not 404. */
export const notInWorkspace = (what: string) => new ApiError(400, 501, `${what} doesn't belong to Workspace`);
export const ruleBroken = (message: string) => new ApiError(400, 501, message);
export const accessDenied = () => new ApiError(403, 403, 'Access Denied');
export const entryLocked = () => new ApiError(400, 501, 'Time entry is locked');
export const payloadTooLarge = () => new ApiError(413, 413, 'Request body is larger than 1 MB');

export function errorJson(c: Context, status: ContentfulStatusCode, code: number, message: string): Response {
  return c.json({ message, code }, status);
}

/** Never echo huge or hostile input back: messages name the parameter, not the value. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Shared `onError`: known errors keep their shape, anything else becomes a generic 500. */
export function handleError(err: unknown, c: Context): Response {
  if (err instanceof ApiError) return errorJson(c, err.status, err.code, err.message);
  console.error(`sandbox: unexpected error on ${c.req.method} ${c.req.path}:`, err instanceof Error ? err.message : err);
  return errorJson(c, 500, 500, 'Internal server error');
}
