/**
 * The bench's own sandbox: the built app + API on a free loopback port, backed by a SQLite
 * file in a temporary directory (like the product, not `:memory:`), plus typed helpers for
 * the sandbox controls and a few API reads used to set up and check runs.
 * It serves a snapshot of dist/ taken at start: a rebuild by someone else mid-run would
 * otherwise delete the lazy chunks the open pages still import.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, startServer, type RunningServer } from '../server/main';
import { installShell } from './metrics/shell-floor';
import type { ResetOptions } from '../server/sandbox/controls';
import { HEAVY_EMAIL, yearRange, yearSeed, type Range } from './scenario';
import type { StatsSnapshot } from '../server/sandbox/stats';
import type { DemoKey } from '../server/sandbox/store';

export type { DemoKey };

/** The route key the sandbox stats use for bulk (and per-member) deletes. */
export const BULK_DELETE_ROUTE = 'DELETE /v1/workspaces/:workspaceId/user/:userId/time-entries';
export const SINGLE_DELETE_ROUTE = 'DELETE /v1/workspaces/:workspaceId/time-entries/:id';

export interface WireEntry {
  id: string;
  isLocked: boolean;
  timeInterval: { start: string; end: string | null };
}

export class BenchServer {
  private constructor(
    private readonly srv: RunningServer,
    private readonly dir: string,
  ) {}

  /** `distDir`: the built app to serve (default dist/); copied, plus the shell-floor page. */
  static async start(distDir = join(PROJECT_ROOT, 'dist')): Promise<BenchServer> {
    const dir = mkdtempSync(join(tmpdir(), 'timekeeper-bench-'));
    cpSync(distDir, join(dir, 'dist'), { recursive: true });
    installShell(join(dir, 'dist'));
    const running = await startServer({
      distDir: join(dir, 'dist'),
      port: 0,
      host: '127.0.0.1',
      dbPath: join(dir, 'bench.db'),
      serveApp: true,
      log: false,
      controlsOverride: true,
    });
    return new BenchServer(running, dir);
  }

  get url(): string {
    return this.srv.url;
  }

  get dbDir(): string {
    return this.dir;
  }

  /** The snapshot of dist/ this server serves. */
  get distDir(): string {
    return join(this.dir, 'dist');
  }

  async close(): Promise<void> {
    await this.srv.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async json<T>(method: string, path: string, init: { body?: unknown; key?: string } = {}): Promise<{ body: T; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.key) headers['X-Api-Key'] = init.key;
    const res = await fetch(this.url + path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path.slice(0, 120)} → ${res.status}: ${text.slice(0, 300)}`);
    return { body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  }

  async reset(options: ResetOptions): Promise<{ entries: number; ms: number }> {
    return (await this.json<{ entries: number; ms: number }>('POST', '/sandbox/reset', { body: options })).body;
  }

  /**
   * The bench's main scenario: `size` entries over a year for the heavy member; the owner who
   * views them, the member, and the range that covers them all.
   */
  async seedHeavyYear(size: number): Promise<{ owner: DemoKey; member: DemoKey; range: Range }> {
    await this.reset(yearSeed(size));
    const { owner, member } = people(await this.demoKeys(), HEAVY_EMAIL);
    return { owner, member, range: yearRange(member.timeZone) };
  }

  async demoKeys(): Promise<DemoKey[]> {
    return (await this.json<DemoKey[]>('GET', '/sandbox/demo-keys')).body;
  }

  async stats(): Promise<StatsSnapshot> {
    return (await this.json<StatsSnapshot>('GET', '/sandbox/stats')).body;
  }

  async resetStats(): Promise<void> {
    await this.json('DELETE', '/sandbox/stats');
  }

  /** Every entry of `member` matching `query` (all pages of 5,000), newest first. */
  async entries(member: DemoKey, key: string, query: Record<string, string> = {}): Promise<WireEntry[]> {
    const all: WireEntry[] = [];
    for (let page = 1; page < 1000; page++) {
      const qs = new URLSearchParams({ ...query, page: String(page), 'page-size': '5000' });
      const { body, headers } = await this.json<WireEntry[]>(
        'GET',
        `/api/v1/workspaces/${member.workspaceId}/user/${member.userId}/time-entries?${qs}`,
        { key },
      );
      all.push(...body);
      if (headers.get('last-page') === 'true' || body.length < 5000) return all;
    }
    throw new Error('entries: more than 1,000 pages');
  }

  /** A GET on the sandbox's API as `key`; `path` from the origin (`/api/v1/…`). */
  async get<T>(key: string, path: string): Promise<T> {
    return (await this.json<T>('GET', path, { key })).body;
  }

  /** The member's running entry, or null. */
  async running(member: DemoKey, key: string): Promise<WireEntry | null> {
    const { body } = await this.json<WireEntry[]>(
      'GET',
      `/api/v1/workspaces/${member.workspaceId}/user/${member.userId}/time-entries?in-progress=true&page-size=1`,
      { key },
    );
    return body.find((e) => e.timeInterval.end === null) ?? null;
  }
}

/** The owner and a member of the main workspace, looked up by email. */
export function people(keys: readonly DemoKey[], memberEmail: string): { owner: DemoKey; member: DemoKey } {
  const owner = keys.find((k) => k.role === 'OWNER' && k.workspaceName === 'Northwind Studio');
  const member = keys.find((k) => k.email === memberEmail && k.workspaceName === 'Northwind Studio');
  if (!owner) throw new Error('No owner of Northwind Studio among the demo keys');
  if (!member) throw new Error(`No member ${memberEmail} in Northwind Studio among the demo keys`);
  return { owner, member };
}
