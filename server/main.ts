/**
 * `npm start`: the built app at /, the Clockify-compatible sandbox at /api, sandbox controls
 * at /sandbox and the allow-listed Clockify proxy at /proxy — one process, one port.
 */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnvConfig } from './config';
import { clockifyHosts } from './http/clockify-hosts';
import { acceptedHostNames, hostCheck } from './http/host-check';
import { adapterErrorResponse, answerClientErrors } from './http/node-errors';
import { proxyHandler, type FetchLike } from './http/proxy';
import { requestLog } from './http/request-log';
import { securityHeaders, securityHeadersFor } from './http/security-headers';
import { NO_FALLBACK_PREFIXES, staticApp } from './http/static';
import { uriLimit } from './http/uri-limit';
import { createSandboxApi } from './sandbox/app';
import { createControls, reseed } from './sandbox/controls';
import { FaultInjector } from './sandbox/faults';
import { DEFAULT_SEED } from './sandbox/seed';
import type { SandboxState } from './sandbox/state';
import { RequestStats } from './sandbox/stats';
import { Store } from './sandbox/store';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerOptions {
  port: number;
  host: string;
  dbPath: string;
  serveApp?: boolean;
  /** true: the request log on stdout; a function: lines go to it. */
  log?: boolean | ((line: string) => void);
  /** Host names answered besides loopback and the bind address (ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** Clockify origins besides the built-in regions (CLOCKIFY_EXTRA_HOSTS). */
  clockifyExtraHosts?: string[];
  /** Defaults to `<project>/dist`. */
  distDir?: string;
  /** SANDBOX_CONTROLS=1 by default; tests pass it explicitly. */
  controlsOverride?: boolean;
  /** Upstream fetch for the proxy (tests inject one; there is no internet here). */
  proxyFetch?: FetchLike;
  /** Epoch seconds; defaults to the wall clock. */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  port: number;
  state: SandboxState;
  close(): Promise<void>;
}

/** Request bodies are capped at 1 MB everywhere (Clockify-shaped 413). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function createRootApp(state: SandboxState, options: ServerOptions): Hono<{ Bindings: HttpBindings }> {
  // strict: false — `/v1/…/projects/` is answered as `/v1/…/projects`, as Clockify does.
  const app = new Hono<{ Bindings: HttpBindings }>({ strict: false });
  const hosts = clockifyHosts(options.clockifyExtraHosts);
  if (options.log) app.use('*', requestLog(typeof options.log === 'function' ? options.log : undefined));
  app.use('*', securityHeaders(securityHeadersFor(hosts.connectOrigins)));
  app.use('*', hostCheck(acceptedHostNames(options.host, options.allowedHosts)));
  app.use('*', uriLimit);
  app.use(
    '*',
    // `Connection: close`: the unread rest of the body is dropped with the connection, not reused.
    bodyLimit({ maxSize: BODY_LIMIT_BYTES, onError: (c) => c.json({ message: 'Request body is larger than 1 MB', code: 413 }, 413, { Connection: 'close' }) }),
  );
  app.route('/api', createSandboxApi(state));
  app.route('/sandbox', createControls(state, { host: options.host, override: options.controlsOverride ?? process.env.SANDBOX_CONTROLS === '1' }));
  app.all('/proxy/*', proxyHandler({ origins: hosts.proxyOrigins, fetchImpl: options.proxyFetch }));
  if (options.serveApp !== false) app.use('*', staticApp(options.distDir ?? join(PROJECT_ROOT, 'dist'), hosts));
  app.notFound((c) => {
    const path = c.req.path;
    if (NO_FALLBACK_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) {
      return c.json({ message: `No static resource ${path.slice(1, 200)}.`, code: 3000 }, 404);
    }
    return c.text('Not Found', 404);
  });
  app.onError((err, c) => {
    console.error(`server: unexpected error on ${c.req.method} ${c.req.path}:`, err.message);
    return c.json({ message: 'Internal server error', code: 500 }, 500);
  });
  return app;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = new Store(options.dbPath);
  const state: SandboxState = {
    store,
    faults: new FaultInjector(),
    stats: new RequestStats(),
    now: options.now ?? (() => Math.floor(Date.now() / 1000)),
  };
  if (!store.hasWorkspaces()) reseed(state, { seed: DEFAULT_SEED });
  const app = createRootApp(state, options);
  const headers = securityHeadersFor(clockifyHosts(options.clockifyExtraHosts).connectOrigins);
  const server = await new Promise<Server>((resolvePromise, reject) => {
    const listener = getRequestListener(app.fetch, { errorHandler: (err) => adapterErrorResponse(err, headers) });
    // Room for 8 KB+ URLs to reach the 414 check instead of Node's 431; a missing Host is
    // answered by the adapter's error handler (with the security headers) rather than by Node.
    const s = createServer({ maxHeaderSize: 64 * 1024, requireHostHeader: false }, listener);
    answerClientErrors(s, headers);
    s.listen(options.port, options.host);
    s.once('listening', () => resolvePromise(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closed: Promise<void> | null = null;
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    state,
    close() {
      closed ??= new Promise<void>((done) => {
        server.close(() => {
          store.close();
          done();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds with Vite when dist/index.html is missing or older than src/ or index.html. */
export async function buildIfNeeded(root = PROJECT_ROOT): Promise<boolean> {
  const built = join(root, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'index.html')));
  if (builtAt > 0 && builtAt >= sourcesAt) return false;
  console.log(builtAt === 0 ? 'Building the app (dist/ is missing)…' : 'Rebuilding the app (sources changed)…');
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

async function runFromCommandLine(): Promise<void> {
  if (process.argv.includes('--build-if-needed')) await buildIfNeeded();
  const config = readEnvConfig(process.env, PROJECT_ROOT);
  const server = await startServer({ ...config, serveApp: true, log: true });
  console.log(`Timekeeper Console on ${server.url} (sandbox API at /api, db: ${config.dbPath})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runFromCommandLine().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
