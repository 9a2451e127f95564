/**
 * `npm run dev`: the API server (no static app) on PORT, and Vite's dev server on 5173 with
 * /api, /sandbox and /proxy proxied to it, so the browser talks to one origin as in production.
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import { readEnvConfig } from './config';
import { PROJECT_ROOT, startServer } from './main';

const config = readEnvConfig(process.env, PROJECT_ROOT);
const { dbPath } = config;

const api = await startServer({ ...config, serveApp: false, log: true });
const target = `http://127.0.0.1:${api.port}`;
const vite = await createServer({
  root: PROJECT_ROOT,
  configFile: join(PROJECT_ROOT, 'vite.config.ts'),
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target }, '/sandbox': { target }, '/proxy': { target } },
  },
});
await vite.listen();
console.log(`Sandbox API on ${api.url}/api (db: ${dbPath})`);
console.log(`Timekeeper Console (dev) on http://127.0.0.1:5173`);

const stop = async () => {
  await vite.close();
  await api.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
