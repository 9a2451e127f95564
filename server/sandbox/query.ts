/**
 * Query-string parsing with Spring-like strictness: unknown names are ignored, but a value of
 * the wrong type for a known name is a 400/3000 (as Clockify does). Repeated names take the first.
 */
import type { Context } from 'hono';
import { badRequest, clip } from './errors';
import { parseInstant, parseOffsetInstant } from './time';

export function first(c: Context, name: string): string | undefined {
  const all = c.req.queries(name);
  return all && all.length > 0 ? all[0] : undefined;
}

export function intParam(c: Context, name: string, def: number, min: number, max: number): number {
  const raw = first(c, name);
  if (raw === undefined || raw === '') return def;
  if (!/^[+-]?\d{1,10}$/.test(raw.trim())) {
    throw badRequest(`Failed to convert value of type 'java.lang.String' to required type 'int' for parameter '${name}' ("${clip(raw, 20)}")`);
  }
  const n = Number(raw.trim());
  if (n < min) throw badRequest(`${name} must be at least ${min}`);
  if (n > max) throw badRequest(`${name} must be at most ${max}`);
  return n;
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

export function boolParam(c: Context, name: string): boolean | undefined {
  const raw = first(c, name);
  if (raw === undefined || raw === '') return undefined;
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw badRequest(`Failed to convert value for parameter '${name}': expected true or false`);
}

export function instantParam(c: Context, name: string): number | undefined {
  const raw = first(c, name);
  if (raw === undefined || raw === '') return undefined;
  const parsed = parseInstant(raw.trim());
  if (parsed === null) throw badRequest(`Parameter '${name}' must be a date-time like 2026-08-08T00:00:00Z`);
  return parsed;
}

/**
 * A list-window bound (`start`, `end`): `Z` or an offset (`+02:00`; an unencoded `+` arrives
 * as a space). The offset is applied, and the result is then read as wall-clock time like a
 * `Z` value — which is what Clockify does.
 */
export function windowParam(c: Context, name: string): number | undefined {
  const raw = first(c, name);
  if (raw === undefined || raw === '') return undefined;
  const parsed = parseOffsetInstant(raw.trim().replace(/ (\d{2}:\d{2})$/, '+$1'));
  if (parsed === null) throw badRequest(`Parameter '${name}' must be a date-time like 2026-08-08T00:00:00Z or 2026-08-08T00:00:00+02:00`);
  return parsed;
}

export function stringParam(c: Context, name: string): string | undefined {
  const raw = first(c, name);
  return raw === undefined || raw === '' ? undefined : raw;
}

export function enumParam<T extends string>(c: Context, name: string, allowed: readonly T[]): T | undefined {
  const raw = first(c, name);
  if (raw === undefined || raw === '') return undefined;
  const v = raw.trim().toUpperCase() as T;
  if (!allowed.includes(v)) throw badRequest(`Parameter '${name}' must be one of ${allowed.join(', ')}`);
  return v;
}

/** `?x=A&x=B`, `?x=A,B` and mixes of both (Spring splits comma lists for collection params). */
export function listParam(c: Context, name: string): string[] {
  const out: string[] = [];
  for (const raw of c.req.queries(name) ?? []) {
    for (const part of raw.split(',')) {
      const v = part.trim();
      if (v && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

export interface Page {
  page: number;
  pageSize: number;
}

export function pageParams(c: Context, defSize = 50, maxSize = 5000): Page {
  return {
    page: intParam(c, 'page', 1, 1, 2_147_483_647),
    pageSize: intParam(c, 'page-size', defSize, 1, maxSize),
  };
}

/** Pages an in-memory list and sets Clockify's `last-page` header. */
export function paginate<T>(c: Context, rows: readonly T[], { page, pageSize }: Page): T[] {
  const startAt = (page - 1) * pageSize;
  const slice = rows.slice(startAt, startAt + pageSize);
  c.header('last-page', String(startAt + pageSize >= rows.length));
  return slice;
}
