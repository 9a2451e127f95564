import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { precompress } from './server/http/precompress.ts';
import { routeChunks, staticClosure } from './scripts/route-chunks.ts';

/** The entries route's module: the early entry preloads its chunks, routeChunks groups them. */
const ENTRIES_ROUTE_MODULE = '/src/app/routes/entries-page.tsx';
const TEAM_ROUTE_MODULE = '/src/app/routes/team-timers-page.tsx';

/**
 * The early entry (src/boot/early.ts) as its own tiny chunk, loaded first and `async` from
 * index.html: an entries or Team timers link's first requests leave before the main bundle has
 * arrived. Each of those routes' chunks are listed beside it (a JSON data block, not a script,
 * keyed as `EarlyRoute`) so the early entry can preload them on that route's link — and only
 * there: the connect page loads none.
 */
function earlyEntry(routeModules: Record<string, string>): Plugin {
  const early = 'src/boot/early.ts';
  return {
    name: 'timekeeper-early-entry',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', early } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry && c.name === 'early');
        const index = chunks.find((c) => c.isEntry && c.name === 'index');
        if (!entry || !index) throw new Error(`early entry: missing chunk (${early} or index.html)`);
        const initial = staticClosure(index, byFile);
        const routeFiles = Object.fromEntries(
          Object.entries(routeModules).map(([name, module]) => {
            const route = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
            if (!route) throw new Error(`early entry: no chunk for ${module}`);
            return [name, [...staticClosure(route, byFile)].filter((f) => !initial.has(f)).map((f) => `/${f}`)];
          }),
        );
        return [
          { tag: 'script', attrs: { type: 'application/json', id: 'route-modules' }, children: JSON.stringify(routeFiles), injectTo: 'head-prepend' },
          { tag: 'script', attrs: { type: 'module', async: true, src: `/${entry.fileName}` }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    earlyEntry({ entries: ENTRIES_ROUTE_MODULE, team: TEAM_ROUTE_MODULE }),
    routeChunks({
      configFile: fileURLToPath(import.meta.url),
      route: ENTRIES_ROUTE_MODULE,
      pages: {
        connect: '/src/app/routes/connect-page.tsx',
        team: TEAM_ROUTE_MODULE,
        activity: '/src/app/routes/activity-route.tsx',
      },
    }),
    precompress(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          // Component tests load Mantine and lazy dialogs cold; a busy 2-core machine needs more than 5 s.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // The project's own rules, shown to bite (the import boundaries in eslint.config.js).
        test: { name: 'architecture', include: ['architecture.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
