/**
 * No import cycles in server/ (type-only imports included: they were how the old route-table
 * wrapper tied routes and app together), and the sandbox never imports the console's request
 * schemas — it may share plain constants from src/clockify only.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findCycles, sourceFiles } from '../scripts/import-graph';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(ROOT, '..');

describe('server import graph', () => {
  const files = sourceFiles(ROOT);

  it('has no cycles', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(findCycles(files, PROJECT)).toEqual([]);
  });

  it('finds a type-only cycle when there is one (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      writeFileSync(join(dir, 'app.ts'), "import { routes } from './routes';\nexport type Registrar = { on(): void };\nroutes();\n");
      writeFileSync(join(dir, 'routes.ts'), "import type { Registrar } from './app';\nexport const routes = (r?: Registrar) => r;\n");
      writeFileSync(join(dir, 'leaf.ts'), 'export const x = 1;\n');
      expect(findCycles(sourceFiles(dir), dir)).toHaveLength(1);
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
