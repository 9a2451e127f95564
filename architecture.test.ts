/**
 * The lint rules that keep the layers apart, shown to bite: each case lints a one-line module
 * placed where the comment says, with the project's own ESLint config, and reads what the
 * rule says. If the boundaries config is loosened or dropped, these go red.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCycles, sourceFiles } from './scripts/import-graph';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('import boundaries', () => {
  it('refuses a feature importing another feature, and says where shared code goes', async () => {
    const errors = await boundaryErrors('src/features/timer/probe.ts', "export { entriesQueries } from '../entries/api';\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/A feature never imports another feature/);
  }, 60_000);

  it('lets a feature use its own files, shared building blocks, the session and the wire', async () => {
    const code = [
      "export { timerQueries } from './api';",
      "export { ProjectLabel } from '../../shared/workspaces/project-label';",
      "export { useClient } from '../../session/connection-context';",
      "export { describeError } from '../../clockify/errors';",
    ].join('\n');
    expect(await boundaryErrors('src/features/timer/probe.ts', `${code}\n`)).toEqual([]);
  }, 60_000);

  it('lets a page compose several features', async () => {
    const code = "export { RunningTimerCard } from '../../features/timer/running-timer-card';\nexport { EntriesList } from '../../features/entries/entries-list';\n";
    expect(await boundaryErrors('src/app/routes/probe.tsx', code)).toEqual([]);
  }, 60_000);

  it('keeps shared code and the session below the features', async () => {
    expect(await boundaryErrors('src/shared/workspaces/probe.ts', "export { deleteQueue } from '../../features/bulk-delete/queue';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/session/probe.ts', "export { MemberPicker } from '../shared/workspaces/member-picker';\n")).toHaveLength(1);
  }, 60_000);

  it('keeps the wire and the helpers at the bottom, and the server out of the app', async () => {
    expect(await boundaryErrors('src/clockify/probe.ts', "export { sessionKeys } from '../session/query-keys';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/lib/probe.ts', "export { useClient } from '../session/connection-context';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/lib/probe.ts', "export { createSandboxApp } from '../../server/sandbox/app';\n")).toHaveLength(1);
  }, 60_000);
});

describe('import cycles', () => {
  it('src/ has none (type-only imports included)', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    expect(findCycles(files, '.')).toEqual([]);
  });

  it('a cycle through a .tsx file is found (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      writeFileSync(join(dir, 'page.tsx'), "import { useThing } from './use-thing';\nexport const Page = () => useThing();\n");
      writeFileSync(join(dir, 'use-thing.ts'), "import type { Page } from './page';\nexport const useThing = (p?: typeof Page) => p;\n");
      expect(findCycles(sourceFiles(dir), dir)).toEqual([['page.tsx', 'use-thing.ts', 'page.tsx']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
