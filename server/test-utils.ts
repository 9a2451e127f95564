/**
 * Test helpers: a real server on port 0 with an in-memory database, and a tiny HTTP client.
 * Tests talk HTTP to it exactly as the console and curl do.
 */
import { startServer, type RunningServer, type ServerOptions } from './main';
import type { ResetOptions } from './sandbox/controls';
import type { DemoKey } from './sandbox/store';

/** A fixed "now" (Wednesday 2026-08-12 12:00:00Z) so seeded data is identical on every run. */
export const TEST_NOW = Date.UTC(2026, 7, 12, 12, 0, 0) / 1000;

export interface TestServer extends RunningServer {
  keys: DemoKey[];
  /** The demo row for a person (main workspace unless `workspaceName` says otherwise). */
  person(email: string, workspaceName?: string): DemoKey;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  reset(options?: ResetOptions): Promise<void>;
}

export interface CallOptions {
  key?: string;
  body?: unknown;
  /** Sent as-is (for malformed JSON tests). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the text ('' for empty bodies). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers['X-Api-Key'] = options.key;
  let body: string | Uint8Array | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(baseUrl + path, { method, headers, body: body as BodyInit | undefined });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('application/json') && text !== '') parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export async function startTestServer(
  options: Partial<ServerOptions> & { reset?: ResetOptions } = {},
): Promise<TestServer> {
  const { reset, ...serverOptions } = options;
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dbPath: ':memory:',
    serveApp: false,
    log: false,
    controlsOverride: false,
    now: () => TEST_NOW,
    ...serverOptions,
  });
  const t: TestServer = {
    ...server,
    keys: [],
    person(email, workspaceName = 'Northwind Studio') {
      const row = t.keys.find((k) => k.email === email && k.workspaceName === workspaceName);
      if (!row) throw new Error(`no demo key for ${email} in ${workspaceName}`);
      return row;
    },
    call: (method, path, callOptions) => call(server.url, method, path, callOptions),
    async reset(resetOptions = {}) {
      const res = await call(server.url, 'POST', '/sandbox/reset', { body: resetOptions });
      if (res.status !== 200) throw new Error(`reset failed: ${res.status} ${res.text}`);
      t.keys = (await call(server.url, 'GET', '/sandbox/demo-keys')).body;
    },
  };
  if (reset) await t.reset(reset);
  else t.keys = (await t.call('GET', '/sandbox/demo-keys')).body;
  return t;
}

/** Paths of the main workspace for a person. */
export function entriesPath(p: DemoKey, query = ''): string {
  return `/api/v1/workspaces/${p.workspaceId}/user/${p.userId}/time-entries${query}`;
}

export const EMAILS = {
  owner: 'ada@northwind.example',
  admin: 'grace@northwind.example',
  teamManager: 'zoe@northwind.example',
  otherManager: 'kwame@northwind.example',
  projectManager: 'priya@northwind.example',
  tokyo: 'haruto@northwind.example',
  losAngeles: 'marcus@northwind.example',
  sydney: 'siobhan@northwind.example',
  berlin: 'lukas@northwind.example',
  mexico: 'sofia@northwind.example',
  sideOnly: 'tomas@sidelab.example',
} as const;

/**
 * Sends bytes exactly as given over a fresh TCP connection and returns the whole answer as
 * text — for requests `fetch` will not send (a foreign Host, a malformed request line).
 */
export async function rawHttp(port: number, request: string): Promise<{ status: number; head: string; headers: Map<string, string>; body: string }> {
  const { connect } = await import('node:net');
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('raw request timed out')));
  });
  const split = text.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return { status: Number(statusLine?.split(' ')[1] ?? 0), head, headers, body: split === -1 ? '' : text.slice(split + 4) };
}
