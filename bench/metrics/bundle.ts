/**
 * Initial JS and CSS from dist/index.html (the snapshot the bench serves): the entry script + modulepreload links (JS) and the
 * stylesheet links (CSS), raw and gzip (zlib, default level, as Vite reports). Also every JS
 * chunk in dist/assets, for scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../server/main';

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface SizeSet {
  files: SizedFile[];
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  initialJs: SizeSet;
  initialCss: SizeSet;
  allJs: SizeSet;
  allCss: SizeSet;
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;

export function sizeSet(files: SizedFile[]): SizeSet {
  return { files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

function sized(distDir: string, href: string): SizedFile {
  const bytes = readFileSync(join(distDir, href.replace(/^\//, '')));
  return { file: href, raw: bytes.length, gzip: gzipSize(bytes) };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export function measureBundle(distDir = join(PROJECT_ROOT, 'dist')): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src')) js.push(attr(tag, 'src')!);
    if (tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) js.push(attr(tag, 'href')!);
    if (tag.startsWith('<link') && attr(tag, 'rel') === 'stylesheet' && attr(tag, 'href')) css.push(attr(tag, 'href')!);
  }
  if (js.length === 0) throw new Error('dist/index.html has no module script');
  const assets = readdirSync(join(distDir, 'assets'));
  return {
    initialJs: sizeSet([...new Set(js)].map((h) => sized(distDir, h))),
    initialCss: sizeSet([...new Set(css)].map((h) => sized(distDir, h))),
    allJs: sizeSet(assets.filter((f) => f.endsWith('.js')).map((f) => sized(distDir, `/assets/${f}`))),
    allCss: sizeSet(assets.filter((f) => f.endsWith('.css')).map((f) => sized(distDir, `/assets/${f}`))),
  };
}

/** Gzip sizes of files the browser loaded, read back from dist/ by URL path. */
export function sizedFromDist(paths: readonly string[], distDir = join(PROJECT_ROOT, 'dist')): SizeSet {
  return sizeSet([...new Set(paths)].map((p) => sized(distDir, p)));
}
