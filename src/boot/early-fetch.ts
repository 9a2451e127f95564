/**
 * The app's side of the early requests (see `early-requests.ts`): a `fetch` for the Clockify
 * client that hands over a request the early entry already started — same URL, GET, same key —
 * once, and otherwise fetches as usual. Cancelling the taker cancels the early request.
 */
import type { EarlyRegistry, EarlySlot } from './early-types';

const EARLY_SLOT: EarlySlot = '__timekeeperEarlyRequests';

function registry(): EarlyRegistry | undefined {
  return (globalThis as unknown as Record<string, EarlyRegistry | undefined>)[EARLY_SLOT];
}

function apiKeyOf(init: RequestInit | undefined): string | null {
  return init?.headers ? new Headers(init.headers).get('X-Api-Key') : null;
}

/** Takes the early request for `url` sent with `apiKey`, if there is one (it is then gone). */
export function takeEarly(url: string, apiKey: string | null) {
  const reg = registry();
  const hit = reg?.get(url);
  if (!reg || !hit) return null;
  reg.delete(url);
  if (hit.apiKey !== apiKey) {
    hit.abort();
    return null;
  }
  return hit;
}

export function createEarlyAwareFetch(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  return (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const hit = typeof input === 'string' && method === 'GET' && init?.body == null ? takeEarly(input, apiKeyOf(init)) : null;
    if (!hit) return fetchImpl(input, init);
    const signal = init?.signal;
    if (!signal) return hit.response;
    if (signal.aborted) {
      hit.abort();
      return Promise.reject(signal.reason);
    }
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        hit.abort();
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      hit.response.then(
        (r) => (signal.removeEventListener('abort', onAbort), resolve(r)),
        (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
      );
    });
  };
}

export const earlyAwareFetch = createEarlyAwareFetch();
