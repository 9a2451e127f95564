/**
 * Serves the built SPA from dist/ with Hono's `serveStatic`: precompressed `.br`/`.gz` files
 * (written at build time by `precompress.ts`) when the client accepts them, plain bytes
 * otherwise, `Vary: Accept-Encoding` either way. Hashed files under /assets/ are cached for a
 * year; everything else revalidates. Dotfiles and symlinks that leave dist/ are 404.
 * index.html is served here (not by serveStatic) because it carries the deployment's extra
 * Clockify hosts; it is small, so it is compressed per request. Unknown GETs that accept HTML
 * fall back to it (client-side routes), but never for /api, /sandbox or /proxy.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { announceHosts, type ClockifyHosts } from './clockify-hosts';
import { preferredEncoding, type ContentEncoding } from './encoding';
import { PRECOMPRESSED_SUFFIXES } from './precompress';

export const NO_FALLBACK_PREFIXES = ['/api', '/sandbox', '/proxy'];
const IMMUTABLE = 'public, max-age=31536000, immutable';

const realpathOrNull = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/** True when `path` (or a precompressed sibling) exists but resolves outside `root`. */
function leavesRoot(root: string, path: string): boolean {
  const realRoot = realpathOrNull(root) ?? root;
  return [path, ...PRECOMPRESSED_SUFFIXES.map((s) => path + s)].some((p) => {
    const real = realpathOrNull(p);
    return real !== null && real !== realRoot && !real.startsWith(realRoot + sep);
  });
}

const hasDotSegment = (path: string) =>
  path.split('/').some((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      /* serveStatic refuses undecodable paths itself */
    }
    return decoded.startsWith('.');
  });

interface IndexVariant {
  mtimeMs: number;
  plain: Buffer;
  br: Buffer;
  gzip: Buffer;
}

function indexServer(root: string, hosts: ClockifyHosts) {
  let cached: IndexVariant | null = null;
  const load = (): IndexVariant | null => {
    const file = join(root, 'index.html');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (cached?.mtimeMs !== mtimeMs) {
      const plain = Buffer.from(announceHosts(readFileSync(file, 'utf8'), hosts));
      cached = {
        mtimeMs,
        plain,
        br: brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(plain, { level: 9 }),
      };
    }
    return cached;
  };
  return (c: Context) => {
    const index = load();
    if (!index) return c.text('The app is not built yet: run `npm run build` (or `npm start`, which builds when needed).', 503);
    const encoding: ContentEncoding = preferredEncoding(c.req.header('accept-encoding'));
    const body = encoding === 'identity' ? index.plain : index[encoding];
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'Content-Length': String(body.byteLength),
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  };
}

export function staticApp(distDir: string, hosts: ClockifyHosts): MiddlewareHandler {
  const root = resolve(distDir);
  const files = serveStatic({ root, precompressed: true });
  const index = indexServer(root, hosts);
  return async (c, next) => {
    const path = c.req.path;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Method Not Allowed', 405, { Allow: 'GET, HEAD' });
    if (path === '/' || path === '/index.html') return index(c);
    if (hasDotSegment(path) || leavesRoot(root, join(root, path))) return c.text('Not Found', 404);
    const found = await files(c, async () => {});
    if (found instanceof Response) {
      found.headers.set('Cache-Control', path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
      if (!found.headers.get('vary')) found.headers.set('Vary', 'Accept-Encoding');
      return found;
    }
    const blocked = NO_FALLBACK_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!blocked && wantsHtml && !path.startsWith('/assets/')) return index(c);
    if (blocked) return next();
    return c.text('Not Found', 404);
  };
}
