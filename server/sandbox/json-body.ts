/**
 * JSON request bodies, as Spring reads them: a type other than `application/json` (or
 * `application/*+json`) is 415, a malformed or mis-shaped body 400/3000 without echoing input.
 * Size is capped before this by Hono's `bodyLimit` (413). And JSON answers written from a
 * string serialised before the write committed.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isJsonMediaType, unsupportedTypeMessage } from '../http/content-type';
import { ApiError, badRequest } from './errors';

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type');
  if (!isJsonMediaType(type)) throw new ApiError(415, 3000, unsupportedTypeMessage(type));
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    throw badRequest('Could not read the request body');
  }
  if (text.trim() === '') throw badRequest('Required request body is missing');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('Malformed JSON request body');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`);
    throw badRequest(`Invalid request body: ${issues.join('; ')}`.slice(0, 400));
  }
  return parsed.data;
}

/** A JSON answer from an already serialised body. */
export function jsonAnswer(c: Context, json: string, status: ContentfulStatusCode = 200): Response {
  return c.body(json, status, { 'Content-Type': 'application/json' });
}
