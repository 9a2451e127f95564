/**
 * Opening an entries link (`/w/:ws/u/:user?from=…&to=…`) or a Team timers link
 * (`/w/:ws/running`) with a saved connection: the requests the page's first screen depends on
 * — the key's user, the workspaces, the member list and, for entries, page 1 of the range; for
 * Team timers, the running timers and the project names — are started here, with that page's
 * code, by a tiny entry chunk that runs before the app's main bundle has even arrived. The app's client takes them by exact URL
 * (`early-fetch.ts`) instead of asking again. Nothing here parses or trusts the response: the
 * client does that as for any other request, with the same errors and retries.
 * The URLs must be the ones the client builds (see `early-requests.test.ts`); one that drifts
 * is simply never taken and costs one unused request.
 */
import type { EarlyRegistry, EarlySlot } from './early-types';

const EARLY_SLOT: EarlySlot = '__timekeeperEarlyRequests';

const STORAGE_KEY = 'timekeeper.connection';
const ID = /^[0-9a-f]{24}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day the page would read (not 2026-02-30), checked without date libraries. */
function isDay(s: string | null): s is string {
  if (!s || !DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
/** Must match the app's list page size and the members page size (entries/api.ts, endpoints.ts). */
export const EARLY_ENTRIES_PAGE_SIZE = 1000;
const MEMBERS_PAGE_SIZE = 500;
/** Must match endpoints.ts: the workspace's running timers, and its projects, tags and clients. */
const RUNNING_PAGE_SIZE = 1000;
const CATALOG_PAGE_SIZE = 500;
/** An early response not taken by then is dropped (and its request aborted). */
export const EARLY_MAX_AGE_MS = 15_000;

interface SavedConnection {
  baseUrl: string;
  apiKey: string;
}

function readConnection(storages: (Storage | undefined)[]): SavedConnection | null {
  for (const storage of storages) {
    try {
      const raw = storage?.getItem(STORAGE_KEY);
      if (!raw) continue;
      const v = JSON.parse(raw) as Record<string, unknown>;
      if (typeof v.apiKey === 'string' && v.apiKey && typeof v.baseUrl === 'string' && /^https?:\/\/\S+$/.test(v.baseUrl)) {
        return { baseUrl: v.baseUrl.replace(/\/+$/, ''), apiKey: v.apiKey };
      }
      return null; // the app reads the first storage that has one; so do we
    } catch {
      return null;
    }
  }
  return null;
}

/** The pages the early entry starts: their names in the build's `#route-modules` list. */
export type EarlyRoute = 'entries' | 'team';

export interface EarlyPlan {
  route: EarlyRoute;
  /** What the page asks for first, in the client's exact form. */
  urls: string[];
}

/** What an entries or Team timers link asks for first; null on any other page. */
export function earlyPlan(baseUrl: string, pathname: string, search: string): EarlyPlan | null {
  const m = /^\/w\/([^/]+)\/(?:u\/([^/]+)|running)\/?$/.exec(pathname);
  if (!m) return null;
  const [workspaceId, userId] = [m[1], m[2]];
  if (!ID.test(workspaceId) || (userId !== undefined && !ID.test(userId))) return null;
  const ws = `${baseUrl}/v1/workspaces/${workspaceId}`;
  const page1 = (size: number) => new URLSearchParams({ page: '1', 'page-size': String(size) });
  const urls = [
    `${baseUrl}/v1/user`,
    `${baseUrl}/v1/workspaces`,
    `${ws}/users?${new URLSearchParams({ 'include-roles': 'true', status: 'ACTIVE', page: '1', 'page-size': String(MEMBERS_PAGE_SIZE) })}`,
  ];
  if (userId === undefined) {
    urls.push(`${ws}/time-entries/status/in-progress?${page1(RUNNING_PAGE_SIZE)}`);
    for (const list of ['projects', 'tags', 'clients']) urls.push(`${ws}/${list}?${page1(CATALOG_PAGE_SIZE)}`);
    return { route: 'team', urls };
  }
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  // Without a range in the URL the page picks one from the member's time zone: it waits.
  if (isDay(from) && isDay(to) && from <= to) {
    const query = new URLSearchParams({ start: `${from}T00:00:00Z`, end: `${to}T23:59:59Z` });
    const project = params.get('project');
    if (project && ID.test(project)) query.append('project', project);
    const q = params.get('q')?.slice(0, 200);
    if (q) query.append('description', q);
    query.append('page', '1');
    query.append('page-size', String(EARLY_ENTRIES_PAGE_SIZE));
    urls.push(`${ws}/user/${userId}/time-entries?${query}`);
  }
  return { route: 'entries', urls };
}

/** Starts the early requests for this page (once); returns how many left. */
export function startEarlyRequests(
  win: { location: { pathname: string; search: string }; sessionStorage?: Storage; localStorage?: Storage; document?: Document } = window,
  fetchImpl: typeof fetch = fetch,
  registry: EarlyRegistry = earlyRegistry(),
): number {
  let conn: SavedConnection | null;
  try {
    conn = readConnection([win.sessionStorage, win.localStorage]);
  } catch {
    return 0; // storage blocked: the app will find no connection either
  }
  if (!conn) return 0;
  const plan = earlyPlan(conn.baseUrl, win.location.pathname, win.location.search);
  if (!plan) return 0;
  // The route's code first: the sandbox serves the app and the API on one origin (six
  // connections), and these small files are quick to serve, while page 1 takes the server longer.
  preloadRouteModules(win.document, plan.route);
  for (const url of plan.urls) {
    const controller = new AbortController();
    const response = fetchImpl(url, {
      method: 'GET',
      headers: { 'X-Api-Key': conn.apiKey },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    response.catch(() => undefined); // a failure surfaces when (and if) the app takes it
    registry.set(url, { apiKey: conn.apiKey, at: performance.now(), response, abort: () => controller.abort() });
  }
  setTimeout(() => {
    for (const [url, r] of registry) {
      if (performance.now() - r.at < EARLY_MAX_AGE_MS) continue;
      registry.delete(url);
      r.abort();
    }
  }, EARLY_MAX_AGE_MS);
  return plan.urls.length;
}

/**
 * The route's chunks (listed by the build in `#route-modules`, by route) as modulepreloads, so
 * they download beside the data instead of after the main bundle ran.
 */
export function preloadRouteModules(doc: Document | undefined, route: EarlyRoute): number {
  const list = doc?.getElementById('route-modules')?.textContent;
  if (!doc || !list) return 0;
  let files: unknown;
  try {
    files = (JSON.parse(list) as Partial<Record<EarlyRoute, unknown>> | null)?.[route];
  } catch {
    return 0;
  }
  if (!Array.isArray(files)) return 0;
  let n = 0;
  for (const href of files) {
    if (typeof href !== 'string' || !/^\/assets\/[\w.-]+\.js$/.test(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
    n++;
  }
  return n;
}

export function earlyRegistry(): EarlyRegistry {
  const g = globalThis as unknown as Record<string, EarlyRegistry | undefined>;
  return (g[EARLY_SLOT] ??= new Map());
}
