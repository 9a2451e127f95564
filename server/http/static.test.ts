import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../main';
import { startTestServer, type TestServer } from '../test-utils';

const dist = mkdtempSync(join(tmpdir(), 'dist-'));
const outside = mkdtempSync(join(tmpdir(), 'outside-'));
let s: TestServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Timekeeper</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'app-abc123.css'), 'body{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, '.env'), 'SECRET=dotfile');
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, '.git', 'config'), 'SECRET=dotdir');
  mkdirSync(join(dist, 'assets', '.hidden'));
  writeFileSync(join(dist, 'assets', '.hidden', 'x.js'), 'SECRET=hidden');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET=outside');
  symlinkSync(join(outside, 'secret.txt'), join(dist, 'assets', 'leak.txt'));
  symlinkSync(outside, join(dist, 'linked-dir'));
  symlinkSync(join(dist, 'favicon.svg'), join(dist, 'inside-link.svg'));
  s = await startTestServer({ serveApp: true, distDir: dist });
});
afterAll(async () => {
  await s.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const html = { Accept: 'text/html,application/xhtml+xml' };

describe('static app', () => {
  it('serves files with content types; /assets cached for a year', async () => {
    const js = await s.call('GET', '/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('max-age=31536000');
    expect((await s.call('GET', '/assets/app-abc123.css')).headers.get('content-type')).toMatch(/^text\/css/);
    const svg = await s.call('GET', '/favicon.svg');
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves index.html at / and for client routes that accept HTML, with security headers', async () => {
    for (const path of ['/', '/entries/some-route?x=1']) {
      const res = await s.call('GET', path, { headers: html });
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>Timekeeper</title>');
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('never falls back for /api, /sandbox, /proxy, missing assets or non-HTML requests', async () => {
    for (const path of ['/api/nope', '/sandbox/nope', '/proxy', '/proxy/x']) {
      const res = await s.call('GET', path, { headers: html });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(res.text).not.toContain('<title>');
    }
    expect((await s.call('GET', '/assets/missing.js', { headers: html })).status).toBe(404);
    expect((await s.call('GET', '/some/route.json', { headers: { Accept: 'application/json' } })).status).toBe(404);
  });

  it('does not escape dist/', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const res = await s.call('GET', path);
      expect(res.text).not.toContain('root:');
    }
  });
});

describe('static app refuses what is not the app', () => {
  it('dotfiles and dot-directories are 404', async () => {
    for (const path of ['/.env', '/.git/config', '/assets/.hidden/x.js', '/%2eenv']) {
      const res = await s.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('SECRET');
    }
  });

  it('symlinks that leave dist/ are 404; one that stays inside is served', async () => {
    for (const path of ['/assets/leak.txt', '/linked-dir/secret.txt']) {
      const res = await s.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('SECRET');
    }
    expect((await s.call('GET', '/inside-link.svg')).text).toBe('<svg/>');
  });
});

describe('sandbox controls exposure', () => {
  it('are 404 when bound beyond loopback without SANDBOX_CONTROLS=1 (the API still works)', async () => {
    const open = await startServer({ port: 0, host: '0.0.0.0', dbPath: ':memory:', serveApp: false, log: false, controlsOverride: false });
    try {
      const res = await fetch(`http://127.0.0.1:${open.port}/sandbox/demo-keys`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('apiKey');
      expect((await fetch(`http://127.0.0.1:${open.port}/api/v1/user`)).status).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('work when bound beyond loopback with the override', async () => {
    const open = await startTestServer({ host: '0.0.0.0', controlsOverride: true });
    try {
      const res = await fetch(`http://127.0.0.1:${open.port}/sandbox/demo-keys`);
      expect(res.status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
