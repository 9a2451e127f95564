/**
 * Serves the built SPA from dist/. Hashed files under /assets/ are cached for a year; everything
 * else revalidates. Unknown GETs that accept HTML fall back to index.html (client-side routes),
 * but never for /api, /sandbox or /proxy, which answer with their own JSON 404s.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Handler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export const NO_FALLBACK_PREFIXES = ['/api', '/sandbox', '/proxy'];

async function fileIfExists(path: string): Promise<Buffer | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

export function staticApp(distDir: string): Handler {
  const root = resolve(distDir);
  return async (c) => {
    const path = c.req.path;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Method Not Allowed', 405);
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return c.text('Bad Request', 400);
    }
    const target = resolve(join(root, decoded));
    if (target.startsWith(root + sep) && !decoded.includes('\0')) {
      const body = await fileIfExists(target);
      if (body) {
        const immutable = path.startsWith('/assets/');
        return c.body(new Uint8Array(body), 200, {
          'Content-Type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
    }
    const blocked = NO_FALLBACK_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
    const wantsHtml = path === '/' || (c.req.header('accept') ?? '').includes('text/html');
    if (!blocked && wantsHtml && !path.startsWith('/assets/')) {
      const index = await fileIfExists(join(root, 'index.html'));
      if (index) return c.body(new Uint8Array(index), 200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
      return c.text('The app is not built yet: run `npm run build` (or `npm start`, which builds when needed).', 503);
    }
    return c.text('Not Found', 404);
  };
}
