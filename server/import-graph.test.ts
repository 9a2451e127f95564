/**
 * No import cycles in server/ (type-only imports included: they were how the old route-table
 * wrapper tied routes and app together), and the sandbox never imports the console's request
 * schemas — it may share plain constants from src/clockify only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(ROOT, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Relative imports of a file, resolved to paths (`./x` → `./x.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
}

function findCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((to) => files.includes(to))]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const to of graph.get(f) ?? []) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].map((p) => relative(PROJECT, p)));
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('server import graph', () => {
  const files = sourceFiles(ROOT);

  it('has no cycles', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(findCycles(files)).toEqual([]);
  });

  it('finds a type-only cycle when there is one (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      writeFileSync(join(dir, 'app.ts'), "import { routes } from './routes';\nexport type Registrar = { on(): void };\nroutes();\n");
      writeFileSync(join(dir, 'routes.ts'), "import type { Registrar } from './app';\nexport const routes = (r?: Registrar) => r;\n");
      writeFileSync(join(dir, 'leaf.ts'), 'export const x = 1;\n');
      expect(findCycles(sourceFiles(dir))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the sandbox takes no request schemas from src/ (only plain constants)', () => {
    const schemaNames = /\b\w*(?:Request|Entry|Timer)\w*Schema\b/;
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]*src\/clockify[^'"]*)['"]/g)) {
        expect(m[1], `${relative(PROJECT, f)} imports ${m[1].trim()} from ${m[2]}`).not.toMatch(schemaNames);
      }
    }
  });
});
