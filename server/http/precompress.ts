/**
 * Build-time compression: after `vite build`, every text asset of 1 KB or more in dist/ gets a
 * `.br` (quality 11) and a `.gz` (level 9) sibling, kept only when smaller. `serveStatic`
 * picks one when the client accepts it. index.html is left out: the server adds the
 * deployment's settings to it and compresses it per request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const PRECOMPRESSED_SUFFIXES = ['.br', '.gz'] as const;
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt', '.webmanifest', '.xml', '.wasm']);
const MIN_BYTES = 1024;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export interface PrecompressResult {
  files: number;
  plainBytes: number;
  brBytes: number;
  gzipBytes: number;
}

export function precompressDir(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, plainBytes: 0, brBytes: 0, gzipBytes: 0 };
  for (const path of filesUnder(dir)) {
    if (!TEXT_EXTENSIONS.has(extname(path))) continue;
    if (statSync(path).size < MIN_BYTES) continue;
    const plain = readFileSync(path);
    const br = brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength } });
    const gz = gzipSync(plain, { level: 9 });
    if (br.byteLength < plain.byteLength) writeFileSync(`${path}.br`, br);
    if (gz.byteLength < plain.byteLength) writeFileSync(`${path}.gz`, gz);
    result.files += 1;
    result.plainBytes += plain.byteLength;
    result.brBytes += Math.min(br.byteLength, plain.byteLength);
    result.gzipBytes += Math.min(gz.byteLength, plain.byteLength);
  }
  return result;
}

/** Vite plugin: precompress the output directory once the bundle is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  let write = true;
  return {
    name: 'timekeeper-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      write = config.build.write;
    },
    closeBundle() {
      if (write) precompressDir(outDir);
    },
  };
}
