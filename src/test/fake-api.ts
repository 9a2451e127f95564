import { vi } from 'vitest';
import type { Connection } from '../session/connection-store';

/** The sandbox connection the first-screen tests open their pages with. */
const FAKE_BASE = 'http://127.0.0.1:4000/api';
export const fakeConnection = (id: string): Connection => ({
  id,
  kind: 'sandbox',
  baseUrl: FAKE_BASE,
  apiKey: 'secret',
  label: 'Sandbox',
  rateLimitPerSecond: null,
  remember: false,
});

/** A JSON answer as the sandbox gives it (pass `{ 'last-page': 'true' }` for a list's last page). */
export const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });

/**
 * Stubs the global `fetch` with `answer` (a Clockify-shaped 404 where it has none) and records
 * each path asked for, relative to FAKE_BASE. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeApi(answer: (url: string) => Response | undefined) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url.slice(FAKE_BASE.length));
    return answer(url) ?? new Response('{"message":"not found","code":404}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, asked };
}
