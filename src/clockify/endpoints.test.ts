import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client';
import { MAX_URL_BYTES } from './chunking';
import { deleteEntries, planDeleteChunks } from './endpoints';

const WID = 'a'.repeat(24);
const UID = 'b'.repeat(24);
const ID1 = '1'.repeat(24);
const ID2 = '2'.repeat(24);
const noSleep = () => Promise.resolve();

const wireEntry = (id: string) => ({
  id, description: '', userId: UID, workspaceId: WID, timeInterval: { start: '2026-11-20T08:00:00Z', end: '2026-11-20T09:00:00Z', duration: 'PT1H' },
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function clientWith(...replies: Array<() => Response | Promise<Response>>) {
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => (replies.shift() ?? (() => json([])))());
  return { fetch, client: createClient({ baseUrl: 'https://api.example/api/', apiKey: 'k', fetch, sleep: noSleep }) };
}

describe('deleteEntries: the DELETE on the wire', () => {
  it('sends one DELETE with a repeated time-entry-ids key and returns what Clockify says it deleted', async () => {
    const { fetch, client } = clientWith(() => json([wireEntry(ID2)]));
    const deleted = await deleteEntries(client, WID, UID, [ID1, ID2]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toBe(`https://api.example/api/v1/workspaces/${WID}/user/${UID}/time-entries?time-entry-ids=${ID1}&time-entry-ids=${ID2}`);
    expect(init?.method).toBe('DELETE');
    expect(deleted.map((e) => e.id)).toEqual([ID2]);
  });

  it('sends nothing for no ids', async () => {
    const { fetch, client } = clientWith();
    expect(await deleteEntries(client, WID, UID, [])).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses anything that is not a Clockify id in the workspace, member or entry slot, before sending', async () => {
    const { fetch, client } = clientWith();
    await expect(deleteEntries(client, '../x', UID, [ID1])).rejects.toThrow('Workspace “../x” is not a Clockify id.');
    await expect(deleteEntries(client, WID, 'me', [ID1])).rejects.toThrow('Member “me” is not a Clockify id.');
    await expect(deleteEntries(client, WID, UID, [ID1, `${ID2}&x=1`])).rejects.toThrow(`Time entry “${ID2}&x=1” is not a Clockify id.`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is retried after a server error (deleting twice is harmless) and the answer still counts', async () => {
    const { fetch, client } = clientWith(() => json({ message: 'boom', code: 500 }, 500), () => json([wireEntry(ID1)]));
    expect((await deleteEntries(client, WID, UID, [ID1])).map((e) => e.id)).toEqual([ID1]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops when its signal aborts', async () => {
    const ac = new AbortController();
    const { client } = clientWith(() => {
      ac.abort();
      throw new DOMException('Aborted', 'AbortError');
    });
    await expect(deleteEntries(client, WID, UID, [ID1], ac.signal)).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('rejects an answer that is not a list of entries', async () => {
    const { client } = clientWith(() => json({ deleted: [ID1] }));
    await expect(deleteEntries(client, WID, UID, [ID1])).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('planDeleteChunks: the DELETEs a bulk delete becomes', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(24, '0'));

  it("measures against this member's DELETE URL: behind a long base URL every DELETE sent still fits in 8 KB, full, and no id is lost", async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => json([]));
    // A server behind a deep path leaves less room for ids than api.clockify.me does.
    const client = createClient({ baseUrl: `https://clockify.example/${'p'.repeat(3000)}/api`, apiKey: 'k', fetch, sleep: noSleep });
    const all = ids(400);
    const chunks = planDeleteChunks(client, WID, UID, all);
    for (const chunk of chunks) await deleteEntries(client, WID, UID, chunk);
    const urls = fetch.mock.calls.map(([url]) => String(url));
    expect(urls).toHaveLength(chunks.length);
    expect(chunks.length).toBeGreaterThan(Math.ceil(all.length / 150));
    urls.forEach((url, i) => {
      expect(url.length, `DELETE ${i}`).toBeLessThanOrEqual(MAX_URL_BYTES);
      // One more `&time-entry-ids=<24 hex>` (40 bytes) would not have fitted.
      if (i < urls.length - 1) expect(url.length + 40, `DELETE ${i} could take one more id`).toBeGreaterThan(MAX_URL_BYTES);
    });
    expect(chunks.flat()).toEqual(all);
  });
});
