/**
 * The entries route in a few chunks instead of ~17. Left to itself the bundler gives every set
 * of pages and dialogs that share a module a chunk of its own, so an entries link fetched 17
 * small files, queued behind page 1 on the browser's six connections. One chunk for the whole
 * route was measured ~55 ms sooner to the first row, but the connect page then fetched the
 * modules it shares with the route inside it (+40 kB gzip).
 *
 * So the split is read from the bundler's own output: a first build (not written) gives the
 * chunk graph; the route's first-screen chunks are then grouped by which other pages' first
 * screens also load them. Each page listed in `pages` loads exactly the modules it loaded
 * before; the entries route loads them in one chunk per set of pages sharing them.
 */
import { dirname } from 'node:path';
import { build, type Plugin } from 'vite';

export interface ChunkNode {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  moduleIds: string[];
}

export interface RouteGroup {
  name: string;
  moduleIds: string[];
}

/** The files `root` loads statically, itself included, depth first in import order. */
export function staticClosure(root: Pick<ChunkNode, 'fileName'>, byFile: Map<string, Pick<ChunkNode, 'imports'>>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  visit(root.fileName);
  return seen;
}

function chunkOf(chunks: ChunkNode[], module: string): ChunkNode {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  if (!chunk) throw new Error(`route chunks: no chunk for ${module}`);
  return chunk;
}

/**
 * The groups for `route`'s first-screen chunks (its static closure, less what the entry
 * chunks already load), keyed by which of `pages` also load each chunk up front.
 */
export function routeGroups(chunks: ChunkNode[], route: string, pages: Record<string, string>): RouteGroup[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [...staticClosure(c, byFile)]));
  const firstScreen = (module: string) => new Set([...staticClosure(chunkOf(chunks, module), byFile)].filter((f) => !initial.has(f)));
  const others = Object.entries(pages).map(([name, module]) => ({ name, files: firstScreen(module) }));
  const groups = new Map<string, string[]>();
  for (const file of firstScreen(route)) {
    const sharers = others.filter((p) => p.files.has(file)).map((p) => p.name);
    const name = sharers.length === 0 ? 'entries-route' : `entries-route-with-${sharers.join('-')}`;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(...byFile.get(file)!.moduleIds);
  }
  return [...groups].map(([name, moduleIds]) => ({ name, moduleIds })).sort((a, b) => a.name.localeCompare(b.name));
}

const PROBE_ENV = 'TIMEKEEPER_CHUNK_PROBE';

/** Vite plugin: probe build (not written), then the real build with `routeGroups` as code-splitting groups. */
export function routeChunks(options: { configFile: string; route: string; pages: Record<string, string> }): Plugin {
  return {
    name: 'timekeeper-route-chunks',
    apply: 'build',
    async config(config, env) {
      if (process.env[PROBE_ENV]) return undefined;
      process.env[PROBE_ENV] = '1';
      let output;
      try {
        const root = config.root ?? dirname(options.configFile);
        output = await build({ root, configFile: options.configFile, mode: env.mode, logLevel: 'silent', build: { write: false } });
      } finally {
        delete process.env[PROBE_ENV];
      }
      const outputs = Array.isArray(output) ? output : [output];
      const chunks = outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk');
      const groups = routeGroups(chunks, options.route, options.pages);
      const groupOf = new Map(groups.flatMap((g) => g.moduleIds.map((id) => [id, g.name] as const)));
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // The groups are unions of the probe's chunks, whose dependencies are already in
                // them or in chunks loaded before: nothing else needs pulling in.
                includeDependenciesRecursively: false,
                // One group whose name is the module's group; other modules are left to the bundler.
                groups: [{ name: (id: string) => groupOf.get(id) ?? null }],
              },
            },
          },
        },
      };
    },
  };
}
