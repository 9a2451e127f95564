import { describe, expect, it } from 'vitest';
import { ClockifyError } from '../../clockify/errors';
import { runDeletion, type DeletionDeps } from './run-deletion';

/** A fake Clockify holding a set of ids, with scripted behaviour per DELETE call. */
function fakeServer(initial: string[], script: Array<'ok' | 'drop-after' | 'drop-before' | '403' | 'locked'> = []) {
  const store = new Set(initial);
  const locked = new Set<string>();
  let call = 0;
  const deps: DeletionDeps = {
    async deleteChunk(ids) {
      const mode = script[call++] ?? 'ok';
      if (mode === 'drop-before') throw new ClockifyError({ kind: 'network' });
      if (mode === '403') throw new ClockifyError({ kind: 'forbidden', status: 403 });
      if (mode === 'locked') ids.slice(0, 1).forEach((id) => locked.add(id));
      const gone = ids.filter((id) => store.has(id) && !locked.has(id));
      gone.forEach((id) => store.delete(id));
      if (mode === 'drop-after') throw new ClockifyError({ kind: 'network' });
      return gone;
    },
    async stillExisting(ids) {
      return new Set(ids.filter((id) => store.has(id)));
    },
  };
  return { deps, store, calls: () => call };
}

describe('runDeletion', () => {
  it('deletes every chunk and reports exactly what is gone', async () => {
    const s = fakeServer(['a', 'b', 'c', 'd', 'x']);
    const r = await runDeletion([['a', 'b'], ['c', 'd']], s.deps);
    expect(r.deleted).toEqual(['a', 'b', 'c', 'd']);
    expect(r.failed).toEqual([]);
    expect([...s.store]).toEqual(['x']);
  });

  it('counts a chunk deleted when its answer was lost after the delete happened', async () => {
    const s = fakeServer(['a', 'b', 'c'], ['drop-after']);
    const r = await runDeletion([['a', 'b'], ['c']], s.deps);
    expect(r.deleted.sort()).toEqual(['a', 'b', 'c']);
    expect(r.failed).toEqual([]);
  });

  it('reports a chunk failed when the connection dropped before the delete', async () => {
    const s = fakeServer(['a', 'b', 'c'], ['drop-before']);
    const r = await runDeletion([['a', 'b'], ['c']], s.deps);
    expect(r.deleted).toEqual(['c']);
    expect(r.failed.map((f) => f.id)).toEqual(['a', 'b']);
    expect(r.failed[0].reason).toMatch(/no answer/);
    expect([...s.store].sort()).toEqual(['a', 'b']);
  });

  it('marks ids Clockify left out of its answer as failed when they still exist', async () => {
    const s = fakeServer(['a', 'b'], ['locked']);
    const r = await runDeletion([['a', 'b']], s.deps);
    expect(r.deleted).toEqual(['b']);
    expect(r.failed).toEqual([{ id: 'a', reason: expect.stringMatching(/did not delete/) }]);
  });

  it('stops sending after a permission error', async () => {
    const s = fakeServer(['a', 'b', 'c'], ['403']);
    const r = await runDeletion([['a'], ['b'], ['c']], s.deps);
    expect(s.calls()).toBe(1);
    expect(r.failed.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(r.failed[0].reason).toMatch(/right/);
    expect(s.store.size).toBe(3);
  });

  it('cancel stops the chunks not yet sent', async () => {
    const s = fakeServer(['a', 'b', 'c']);
    const ac = new AbortController();
    const progress: number[] = [];
    const r = await runDeletion([['a'], ['b'], ['c']], s.deps, {
      signal: ac.signal,
      onProgress: (p) => {
        progress.push(p.deleted);
        if (p.chunksDone === 1) ac.abort();
      },
    });
    expect(r.deleted).toEqual(['a']);
    expect(r.notSent).toEqual(['b', 'c']);
    expect(r.cancelled).toBe(true);
    expect(s.calls()).toBe(1);
    expect(progress[0]).toBe(1);
  });

  it('says "unconfirmed" when neither the delete nor the check got an answer', async () => {
    const s = fakeServer(['a']);
    const r = await runDeletion([['a']], {
      deleteChunk: async () => {
        throw new ClockifyError({ kind: 'server', status: 500 });
      },
      stillExisting: async () => {
        throw new ClockifyError({ kind: 'network' });
      },
    });
    expect(r.deleted).toEqual([]);
    expect(r.failed).toEqual([]);
    expect(r.unconfirmed.map((u) => u.id)).toEqual(['a']);
    expect(s.store.has('a')).toBe(true);
  });
  it('reports progress after every chunk, counting refusals and lost answers as failed', async () => {
    const s = fakeServer(['a', 'b', 'c', 'd'], ['locked', 'drop-before', 'ok']);
    const progress: unknown[] = [];
    await runDeletion([['a', 'b'], ['c'], ['d']], s.deps, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { total: 4, processed: 2, deleted: 1, failed: 1, chunksDone: 1, chunksTotal: 3 },
      { total: 4, processed: 3, deleted: 1, failed: 2, chunksDone: 2, chunksTotal: 3 },
      { total: 4, processed: 4, deleted: 2, failed: 2, chunksDone: 3, chunksTotal: 3 },
    ]);
  });

  it('stops after a rejected key too, and reports the rest failed with that reason, not cancelled', async () => {
    const deleteCalls: string[][] = [];
    const progress: number[] = [];
    const r = await runDeletion([['a'], ['b'], ['c']], {
      deleteChunk: async (ids) => {
        deleteCalls.push(ids);
        throw new ClockifyError({ kind: 'auth', status: 401 });
      },
      stillExisting: async () => new Set(),
    }, { onProgress: (p) => progress.push(p.processed * 10 + p.chunksDone) });
    expect(deleteCalls).toEqual([['a']]);
    expect(r.failed.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(r.failed.map((f) => f.reason)).size).toBe(1);
    expect(r.failed[0].reason).toMatch(/API key was not accepted/);
    expect(r.notSent).toEqual([]);
    expect(r.cancelled).toBe(false);
    expect(progress).toEqual([11, 22, 33]);
  });

  it('treats an unexpected error like a lost answer and looks the ids up', async () => {
    const s = fakeServer(['a', 'b']);
    const r = await runDeletion([['a', 'b']], {
      deleteChunk: async () => {
        s.store.delete('a');
        throw new TypeError('Failed to fetch');
      },
      stillExisting: s.deps.stillExisting,
    });
    expect(r.deleted).toEqual(['a']);
    expect(r.failed).toEqual([{ id: 'b', reason: expect.stringMatching(/no answer from the server/) }]);
  });

  it('sends nothing when cancelled before it starts', async () => {
    const s = fakeServer(['a', 'b']);
    const ac = new AbortController();
    ac.abort();
    const r = await runDeletion([['a'], ['b']], s.deps, { signal: ac.signal });
    expect(s.calls()).toBe(0);
    expect(r).toEqual({ deleted: [], failed: [], unconfirmed: [], notSent: ['a', 'b'], cancelled: true });
  });

  it('explains an unconfirmed id with both failures, in words', async () => {
    const progress: number[] = [];
    const r = await runDeletion([['a']], {
      deleteChunk: async () => {
        throw new ClockifyError({ kind: 'server', status: 500 });
      },
      stillExisting: async () => {
        throw new ClockifyError({ kind: 'network' });
      },
    }, { onProgress: (p) => progress.push(p.failed) });
    expect(r.unconfirmed[0].reason).toMatch(/^Could not delete it: Clockify had a server error \(500\)\. .* Checking whether it was deleted failed too \(no answer from the server/);
    expect(r.unconfirmed[0].reason).not.toMatch(/Could not check/);
    expect(r.unconfirmed[0].reason).toMatch(/retry to be sure\.$/);
    expect(progress).toEqual([1]);
  });
  it('counts ids not sent and unconfirmed ones as processed', async () => {
    const ac = new AbortController();
    const progress: Array<[number, number]> = [];
    await runDeletion([['a'], ['b', 'c']], {
      deleteChunk: async () => {
        ac.abort();
        throw new ClockifyError({ kind: 'server', status: 500 });
      },
      stillExisting: async () => {
        throw new ClockifyError({ kind: 'network' });
      },
    }, { signal: ac.signal, onProgress: (p) => progress.push([p.processed, p.chunksDone]) });
    expect(progress).toEqual([[1, 1], [3, 2]]);
  });

  it('looks nothing up when Clockify confirmed every id', async () => {
    const s = fakeServer(['a', 'b']);
    let lookups = 0;
    await runDeletion([['a', 'b']], { deleteChunk: s.deps.deleteChunk, stillExisting: async () => (lookups++, new Set()) });
    expect(lookups).toBe(0);
  });
  it('reports a stop for lack of rights as failed, not cancelled, even if the user also cancelled', async () => {
    const ac = new AbortController();
    const r = await runDeletion([['a'], ['b']], {
      deleteChunk: async () => {
        ac.abort();
        throw new ClockifyError({ kind: 'forbidden', status: 403 });
      },
      stillExisting: async () => new Set(),
    }, { signal: ac.signal });
    expect(r.cancelled).toBe(false);
    expect(r.failed.map((f) => f.id)).toEqual(['a', 'b']);
    expect(r.notSent).toEqual([]);
  });
});
