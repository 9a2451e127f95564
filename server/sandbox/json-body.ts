/** JSON request bodies: capped at 1 MB (413), malformed or mis-shaped → 400/3000 without echoing input. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { BodyTooLargeError, readBodyText } from '../http/body';
import { badRequest, payloadTooLarge } from './errors';

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readBodyText(c.req.raw);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw payloadTooLarge();
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
