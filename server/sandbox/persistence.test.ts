import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMAILS, entriesPath, startTestServer } from '../test-utils';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps writes across a restart on the same file, and does not reseed', async () => {
    const dbPath = join(dir, 'nested', 'sandbox.db');
    const first = await startTestServer({ dbPath });
    const ada = first.person(EMAILS.owner);
    const created = await first.call('POST', entriesPath(ada), {
      key: ada.apiKey, body: { start: '2026-08-11T10:00:00Z', end: '2026-08-11T11:00:00Z', description: 'survives restarts 💾' },
    });
    expect(created.status).toBe(201);
    const victim = (await first.call('GET', entriesPath(ada, '?page-size=3'), { key: ada.apiKey })).body[2].id;
    expect((await first.call('DELETE', entriesPath(ada, `?time-entry-ids=${victim}`), { key: ada.apiKey })).body).toHaveLength(1);
    await first.close();

    const second = await startTestServer({ dbPath });
    try {
      expect(second.person(EMAILS.owner).apiKey).toBe(ada.apiKey);
      const found = await second.call('GET', entriesPath(ada, '?description=survives'), { key: ada.apiKey });
      expect(found.body.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
      const one = await second.call('GET', `/api/v1/workspaces/${ada.workspaceId}/time-entries/${victim}`, { key: ada.apiKey });
      expect(one.body.code).toBe(501);
    } finally {
      await second.close();
    }
  });
});
