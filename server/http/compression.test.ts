/**
 * Served like production: text assets go out brotli- or gzip-compressed when the client
 * accepts it (precompressed at build time), plain otherwise, always with
 * `Vary: Accept-Encoding`; hashed assets stay immutable and index.html revalidated.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-utils';
import { precompressDir } from './precompress';

const dist = mkdtempSync(join(tmpdir(), 'dist-gz-'));
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word-${i % 37}`))};\n`;
let s: TestServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><title>Timekeeper</title></head><body>${'<p>x</p>'.repeat(200)}</body></html>`);
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(dist, 'assets', 'tiny-abc123.css'), 'a{}');
  writeFileSync(join(dist, 'logo.png'), Buffer.alloc(4096, 7));
  precompressDir(dist);
  s = await startTestServer({ serveApp: true, distDir: dist, clockifyExtraHosts: ['https://clockify.corp.example'] });
});
afterAll(async () => {
  await s.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Raw bytes and headers (fetch would decompress for us and hide what went over the wire). */
function getRaw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}${path}`, { headers: { Accept: 'text/html', ...(acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression', () => {
  it('brotli when accepted, else gzip, else plain bytes — the same script every time', async () => {
    const br = await getRaw('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.byteLength).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await getRaw('/assets/app-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    for (const none of [undefined, 'identity']) {
      const plain = await getRaw('/assets/app-abc123.js', none);
      expect(plain.headers['content-encoding'], String(none)).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    }
    for (const res of [br, gz]) {
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    }
    expect((await getRaw('/assets/app-abc123.js')).headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('index.html is compressed too, revalidated, and announces the extra Clockify hosts', async () => {
    const br = await getRaw('/', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const html = brotliDecompressSync(br.body).toString();
    expect(html).toContain('<meta name="clockify-extra-hosts" content="https://clockify.corp.example" />');
    expect(gunzipSync((await getRaw('/entries', 'gzip')).body).toString()).toBe(html);
    const plain = await getRaw('/', undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    expect(br.headers['content-security-policy']).toContain('connect-src \'self\' https://api.clockify.me https://euc1.clockify.me https://use2.clockify.me https://euw2.clockify.me https://apse2.clockify.me https://clockify.corp.example;');
  });

  it('leaves tiny files and images alone', async () => {
    expect((await getRaw('/assets/tiny-abc123.css', 'br')).headers['content-encoding']).toBeUndefined();
    expect((await getRaw('/logo.png', 'br, gzip')).headers['content-encoding']).toBeUndefined();
  });
});
