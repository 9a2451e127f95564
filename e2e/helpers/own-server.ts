/**
 * A server of the test's own, started in-process (`startServer` from server/main.ts) on a
 * temporary SQLite file and a free port — for tests that need its log or must stop it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/main';

export interface OwnServer {
  server: RunningServer;
  /** Every line the server wrote with console.log / console.error while running. */
  log: string[];
  stop(): Promise<void>;
}

/**
 * With `log: true` the request log (and the server's error lines) are captured by wrapping
 * console.log/console.error for as long as the server runs; the test runner's own lines still
 * pass through.
 */
export async function startOwnServer({ log = false } = {}): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tk-own-'));
  const lines: string[] = [];
  const original = { log: console.log, error: console.error };
  if (log) {
    console.log = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  }
  const restore = () => {
    console.log = original.log;
    console.error = original.error;
  };
  try {
    const server = await startServer({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'sandbox.db'), serveApp: true, log });
    return {
      server,
      log: lines,
      async stop() {
        await server.close();
        restore();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    restore();
    throw e;
  }
}
