/**
 * Opening an entries link (`/w/:ws/u/:user?from=…&to=…`) with a saved connection: the
 * requests the page's first screen depends on — the key's user, the workspaces, the member
 * list and page 1 of the range — are started here, by a tiny entry chunk that runs before the
 * app's main bundle has even arrived. The app's client takes them by exact URL
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
/** Must match the app's list page size and the members page size (entries/api.ts, endpoints.ts). */
export const EARLY_ENTRIES_PAGE_SIZE = 1000;
const MEMBERS_PAGE_SIZE = 500;
/** An early response not taken by then is dropped (and its request aborted). */
export const EARLY_MAX_AGE_MS = 15_000;

interface SavedConnection {
  baseUrl: string;
  apiKey: string;
  /** The connection's own request limit (null: none). */
  rateLimitPerSecond: number | null;
}

function readConnection(storages: (Storage | undefined)[]): SavedConnection | null {
  for (const storage of storages) {
    try {
      const raw = storage?.getItem(STORAGE_KEY);
      if (!raw) continue;
      const v = JSON.parse(raw) as Record<string, unknown>;
      if (typeof v.apiKey === 'string' && v.apiKey && typeof v.baseUrl === 'string' && /^https?:\/\/\S+$/.test(v.baseUrl)) {
        const rate = typeof v.rateLimitPerSecond === 'number' && v.rateLimitPerSecond > 0 ? v.rateLimitPerSecond : null;
        return { baseUrl: v.baseUrl.replace(/\/+$/, ''), apiKey: v.apiKey, rateLimitPerSecond: rate };
      }
      return null; // the app reads the first storage that has one; so do we
    } catch {
      return null;
    }
  }
  return null;
}

/** The URLs the entries page will ask for first, in the client's exact form; [] elsewhere. */
export function earlyRequestUrls(baseUrl: string, pathname: string, search: string): string[] {
  const m = /^\/w\/([^/]+)\/u\/([^/]+)\/?$/.exec(pathname);
  if (!m) return [];
  const [workspaceId, userId] = [m[1], m[2]];
  if (!ID.test(workspaceId) || !ID.test(userId)) return [];
  const ws = `${baseUrl}/v1/workspaces/${workspaceId}`;
  const urls = [
    `${baseUrl}/v1/user`,
    `${baseUrl}/v1/workspaces`,
    `${ws}/users?${new URLSearchParams({ 'include-roles': 'true', status: 'ACTIVE', page: '1', 'page-size': String(MEMBERS_PAGE_SIZE) })}`,
  ];
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  // Without a range in the URL the page picks one from the member's time zone: it waits.
  if (from && to && DAY.test(from) && DAY.test(to) && from <= to) {
    const query = new URLSearchParams({ start: `${from}T00:00:00Z`, end: `${to}T23:59:59Z` });
    const project = params.get('project');
    if (project && ID.test(project)) query.append('project', project);
    const q = params.get('q')?.slice(0, 200);
    if (q) query.append('description', q);
    query.append('page', '1');
    query.append('page-size', String(EARLY_ENTRIES_PAGE_SIZE));
    urls.push(`${baseUrl}/v1/workspaces/${workspaceId}/user/${userId}/time-entries?${query}`);
  }
  return urls;
}

/**
 * How many pages of the range the early entry asks for, one after another: page 2 once page 1
 * has answered `last-page: false` and the route's chunks have arrived (the data after it must
 * not hold up the code that shows the first), the next ones as soon as a page has said
 * `last-page: false` (its headers, before its body is read), so a large range streams in while
 * the app boots. The app takes them by URL like the first page; beyond this many the app's own
 * read-ahead goes on.
 */
export const EARLY_LIST_PAGES = 10;
/**
 * How many of them are asked for at once after the last page known to have more (the main
 * thread is busy booting the app: one at a time would wait for it between pages). Those past
 * the end are aborted as soon as a page says it is the last.
 */
export const EARLY_IN_FLIGHT = 3;

/**
 * How many list pages the early entry may ask for: the early requests bypass the client's rate
 * limiter, so all of them together stay within the connection's burst (its limit a second,
 * rounded up); page 1 always (the app asks for it at once anyway).
 */
export function earlyListPages(rateLimitPerSecond: number | null, otherRequests: number): number {
  if (rateLimitPerSecond === null) return EARLY_LIST_PAGES;
  return Math.max(1, Math.min(EARLY_LIST_PAGES, Math.ceil(rateLimitPerSecond) - otherRequests));
}

type EarlyWindow = { location: { pathname: string; search: string }; sessionStorage?: Storage; localStorage?: Storage; document?: Document };

/** Starts the early requests for this page (once); returns how many left at once. */
export function startEarlyRequests(win: EarlyWindow = window, fetchImpl: typeof fetch = fetch, registry: EarlyRegistry = earlyRegistry()): number {
  let conn: SavedConnection | null;
  try {
    conn = readConnection([win.sessionStorage, win.localStorage]);
  } catch {
    return 0; // storage blocked: the app will find no connection either
  }
  if (!conn) return 0;
  const { apiKey } = conn;
  const urls = earlyRequestUrls(conn.baseUrl, win.location.pathname, win.location.search);
  const start = (url: string) => {
    const controller = new AbortController();
    const response = fetchImpl(url, {
      method: 'GET',
      headers: { 'X-Api-Key': apiKey },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    response.catch(() => undefined); // a failure surfaces when (and if) the app takes it
    registry.set(url, { apiKey, at: performance.now(), response, abort: () => controller.abort() });
    return response;
  };
  let routeModules: Promise<unknown> = Promise.resolve();
  /** The list's URL for `page`: the client's exact form, `page` kept in its place. */
  const listUrl = (first: string, page: number) => {
    const [path, search] = first.split('?');
    const query = new URLSearchParams(search);
    query.set('page', String(page));
    return `${path}?${query}`;
  };
  const maxPages = earlyListPages(conn.rateLimitPerSecond, urls.length - 1);
  const startList = (first: string) => {
    const pages = new Map<number, string>();
    let asked = 0;
    let ended = false;
    const end = (lastPage?: number) => {
      ended = true;
      // Asked past the end of the range: not needed.
      for (const [page, url] of pages) {
        if (lastPage === undefined || page <= lastPage) continue;
        registry.get(url)?.abort();
        registry.delete(url);
      }
    };
    const ask = (page: number) => {
      const url = page === 1 ? first : listUrl(first, page);
      const response = start(url);
      pages.set(page, url);
      asked = page;
      response.then(
        async (res) => {
          if (page === 1) await routeModules;
          if (ended) return;
          // Once the app has taken a page it reads ahead itself: the chain ends (so no page is
          // asked twice). A page the app took and cancelled (the range changed) fails: ends too.
          if (registry.get(url)?.response !== response) return end();
          // Only an explicit "more to come" continues; anything else is the app's to judge.
          if (!res.ok || res.headers.get('last-page') !== 'false') return end(res.ok ? page : undefined);
          while (asked < Math.min(page + EARLY_IN_FLIGHT, maxPages)) ask(asked + 1);
        },
        () => end(),
      );
    };
    ask(1);
  };
  for (const url of urls) {
    if (/\/time-entries\?/.test(url)) startList(url);
    else start(url);
  }
  if (urls.length) {
    routeModules = Promise.all(preloadRouteModules(win.document).map(loadedOrFailed));
    sweepUntaken(registry);
  }
  return urls.length;
}

const loadedOrFailed = (link: HTMLLinkElement) =>
  new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });

/** Drops (and aborts) early responses the app has not taken within EARLY_MAX_AGE_MS. */
function sweepUntaken(registry: EarlyRegistry) {
  setTimeout(() => {
    for (const [url, r] of registry) {
      if (performance.now() - r.at < EARLY_MAX_AGE_MS) continue;
      registry.delete(url);
      r.abort();
    }
    if (registry.size) sweepUntaken(registry);
  }, EARLY_MAX_AGE_MS);
}

/**
 * The entries route's chunks (listed by the build in `#entries-route-modules`) as
 * modulepreloads, so they download beside the data instead of after the main bundle ran.
 */
export function preloadRouteModules(doc: Document | undefined): HTMLLinkElement[] {
  const list = doc?.getElementById('entries-route-modules')?.textContent;
  if (!doc || !list) return [];
  let files: unknown;
  try {
    files = JSON.parse(list);
  } catch {
    return [];
  }
  if (!Array.isArray(files)) return [];
  const links: HTMLLinkElement[] = [];
  for (const href of files) {
    if (typeof href !== 'string' || !/^\/assets\/[\w.-]+\.js$/.test(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
    links.push(link);
  }
  return links;
}

export function earlyRegistry(): EarlyRegistry {
  const g = globalThis as unknown as Record<string, EarlyRegistry | undefined>;
  return (g[EARLY_SLOT] ??= new Map());
}
