import { describe, expect, it } from 'vitest';
import { ClockifyError } from '../../clockify/errors';
import { createEntryRequestSchema, type TimeEntry } from '../../clockify/schemas';
import type { BackupEntry } from './backup';
import { backupFingerprint, entryFingerprint, runRestore, toCreateRequest, type RestoreDeps } from './restore';

const base: BackupEntry = {
  id: 'x', description: 'Design review', projectId: 'a'.repeat(24), projectName: 'P', clientName: null, taskId: null, taskName: null,
  tagIds: ['b'.repeat(24)], tagNames: ['t'], billable: true, type: 'REGULAR', start: '2026-11-20T08:00:00.000Z',
  end: '2026-11-20T09:30:00.000Z', durationSeconds: 5400, isLocked: false,
  customFieldValues: [{ customFieldId: 'c'.repeat(24), value: 'PO-7' }],
};

describe('toCreateRequest', () => {
  it('re-creates the same start, end, fields, and custom fields as customFields', () => {
    const body = toCreateRequest(base);
    expect(body).toEqual({
      start: '2026-11-20T08:00:00Z',
      end: '2026-11-20T09:30:00Z',
      billable: true,
      description: 'Design review',
      projectId: 'a'.repeat(24),
      taskId: null,
      tagIds: ['b'.repeat(24)],
      type: 'REGULAR',
      customFields: [{ customFieldId: 'c'.repeat(24), sourceType: 'TIMEENTRY', value: 'PO-7' }],
    });
    expect(createEntryRequestSchema.safeParse(body).success).toBe(true);
  });
  it('omits empty tags and custom fields', () => {
    const body = toCreateRequest({ ...base, tagIds: [], customFieldValues: [], billable: false });
    expect(body.tagIds).toBeUndefined();
    expect(body.customFields).toBeUndefined();
    expect(body.billable).toBe(false);
  });
});

/**
 * A scripted Clockify: `entries` is what exists; `create` adds one with a new id unless told
 * to fail; `record` is the local restore record, written through `markRestored`.
 */
function fakeClockify(existing: TimeEntry[] = []) {
  const entries = [...existing];
  const record: Record<string, string> = {};
  const failCreate = new Map<string, ClockifyError>();
  let created = 0;
  const deps: RestoreDeps = {
    listExisting: async () => entries.map((e) => ({ ...e })),
    create: async (b) => {
      const err = failCreate.get(b.id);
      if (err) throw err;
      const id = `new-${++created}`;
      entries.push(asEntry({ ...b, id }));
      return id;
    },
    markRestored: async (pairs) => void Object.assign(record, pairs),
  };
  return { entries, record, deps, failCreate, createdCount: () => created };
}

function asEntry(b: BackupEntry): TimeEntry {
  return {
    id: b.id, description: b.description, projectId: b.projectId, taskId: b.taskId, tagIds: b.tagIds, billable: b.billable,
    start: new Date(b.start), end: b.end ? new Date(b.end) : null, durationSeconds: b.durationSeconds, isLocked: false,
    userId: 'u', workspaceId: 'w', type: 'REGULAR', customFieldValues: [],
  } as unknown as TimeEntry;
}

const backups: BackupEntry[] = [0, 1, 2, 3].map((i) => ({
  ...base,
  id: `old-${i}`,
  description: `Task ${i}`,
  start: `2026-11-2${i}T08:00:00.000Z`,
  end: `2026-11-2${i}T09:00:00.000Z`,
  durationSeconds: 3600,
}));

describe('runRestore', () => {
  it('re-creates each entry once and records each the moment its POST succeeds', async () => {
    const c = fakeClockify();
    const seenAtCreate: number[] = [];
    const create = c.deps.create;
    c.deps.create = async (b) => (seenAtCreate.push(Object.keys(c.record).length), create(b));
    const r = await runRestore(backups, {}, c.deps);
    expect(Object.keys(r.restored).sort()).toEqual(backups.map((b) => b.id).sort());
    expect(c.entries).toHaveLength(4);
    // Before the n-th POST, the n-1 earlier ones were already on record.
    expect(seenAtCreate).toEqual([0, 1, 2, 3]);
    expect(c.record).toEqual(r.restored);
  });

  it('run twice, the second run finds everything present and creates nothing', async () => {
    const c = fakeClockify();
    await runRestore(backups, {}, c.deps);
    // The record was lost (another browser, cleared storage): only the duplicate check stands.
    const again = await runRestore(backups, {}, c.deps);
    expect(c.createdCount()).toBe(4);
    expect(Object.keys(again.restored)).toHaveLength(0);
    expect(Object.keys(again.present).sort()).toEqual(backups.map((b) => b.id).sort());
  });

  it('resumes after an interruption: the recorded entries are skipped, the rest created once', async () => {
    const c = fakeClockify();
    const abort = new AbortController();
    const create = c.deps.create;
    c.deps.create = async (b) => {
      const id = await create(b);
      if (b.id === 'old-1') abort.abort(); // the tab reloads after the second POST
      return id;
    };
    const first = await runRestore(backups, {}, c.deps, { signal: abort.signal });
    expect(Object.keys(first.restored)).toEqual(['old-0', 'old-1']);
    expect(first.notSent).toEqual(['old-2', 'old-3']);
    c.deps.create = create;
    const second = await runRestore(backups, { ...c.record }, c.deps);
    expect(Object.keys(second.restored).sort()).toEqual(['old-2', 'old-3']);
    expect(c.entries).toHaveLength(4);
    expect(new Set(c.entries.map((e) => e.description)).size).toBe(4);
  });

  it('matches on every field: an entry differing in one field is still re-created', async () => {
    const present = [asEntry({ ...backups[0], id: 'x1' }), asEntry({ ...backups[1], id: 'x2', billable: false }), asEntry({ ...backups[2], id: 'x3', end: '2026-11-22T09:00:01.000Z' })];
    const c = fakeClockify(present);
    const r = await runRestore(backups.slice(0, 3), {}, c.deps);
    expect(r.present).toEqual({ 'old-0': 'x1' });
    expect(Object.keys(r.restored).sort()).toEqual(['old-1', 'old-2']);
  });

  it('two identical backup entries need two matches', async () => {
    const twin = { ...backups[0], id: 'old-twin' };
    const c = fakeClockify([asEntry({ ...backups[0], id: 'x1' })]);
    const r = await runRestore([backups[0], twin], {}, c.deps);
    expect(Object.keys(r.present)).toHaveLength(1);
    expect(Object.keys(r.restored)).toHaveLength(1);
    expect(c.entries).toHaveLength(2);
  });

  it('an entry restored earlier is not matched again for its twin', async () => {
    const twin = { ...backups[0], id: 'old-twin' };
    const c = fakeClockify([asEntry({ ...backups[0], id: 'new-old-0' })]);
    const r = await runRestore([backups[0], twin], { 'old-0': 'new-old-0' }, c.deps);
    expect(r.present).toEqual({ 'old-0': 'new-old-0' });
    expect(Object.keys(r.restored)).toEqual(['old-twin']);
  });

  it('reports failures with reasons, keeps going on a server error and stops on a permission error', async () => {
    const c = fakeClockify();
    c.failCreate.set('old-0', new ClockifyError({ kind: 'server', status: 500 }));
    c.failCreate.set('old-2', new ClockifyError({ kind: 'forbidden', status: 403 }));
    const r = await runRestore(backups, {}, c.deps);
    expect(Object.keys(r.restored)).toEqual(['old-1']);
    expect(r.failed.map((f) => f.id)).toEqual(['old-0', 'old-2', 'old-3']);
    expect(r.failed[0].reason).toMatch(/server error \(500\)/);
    expect(r.failed[2].reason).toMatch(/does not have the right/);
  });

  it('creates nothing when it cannot check what exists', async () => {
    const c = fakeClockify();
    c.deps.listExisting = async () => {
      throw new ClockifyError({ kind: 'network' });
    };
    const r = await runRestore(backups, {}, c.deps);
    expect(c.createdCount()).toBe(0);
    expect(r.failed).toHaveLength(4);
    expect(r.failed[0].reason).toMatch(/nothing was re-created/);
  });

  it('reports progress up to the total', async () => {
    const c = fakeClockify([asEntry({ ...backups[0], id: 'x1' })]);
    const seen: number[] = [];
    await runRestore(backups, {}, c.deps, { onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('entryFingerprint: what makes an existing entry "the same"', () => {
  const b = { ...base, taskId: 'd'.repeat(24), tagIds: ['t1', 't2'] };
  const same = asEntry(b);
  it('matches an entry with the same fields, whatever the tag order or the milliseconds', () => {
    expect(entryFingerprint({ ...same, tagIds: ['t2', 't1'], start: new Date(same.start.getTime() + 999) })).toBe(backupFingerprint(b));
  });
  it('tells apart a different project, task, tag set, description, billable flag, start or end second', () => {
    const differing = [
      { ...same, projectId: 'e'.repeat(24) },
      { ...same, projectId: null },
      { ...same, taskId: 'f'.repeat(24) },
      { ...same, taskId: null },
      { ...same, tagIds: ['t1'] },
      { ...same, tagIds: [] },
      { ...same, description: 'Design review!' },
      { ...same, billable: false },
      { ...same, start: new Date(same.start.getTime() + 1000) },
      { ...same, end: new Date(same.end!.getTime() + 1000) },
      { ...same, end: null },
    ];
    for (const d of differing) expect(entryFingerprint(d), JSON.stringify(d)).not.toBe(backupFingerprint(b));
  });
  it('never matches a running entry, nor one restored earlier for another backup entry', async () => {
    const running = { ...asEntry({ ...backups[0], id: 'run' }), end: null };
    const c = fakeClockify([running]);
    const r = await runRestore([{ ...backups[0], end: null, durationSeconds: null }], {}, c.deps);
    expect(r.present).toEqual({});
    expect(Object.keys(r.restored)).toHaveLength(1);
  });
  it('reports nothing to do when everything was restored before, without reading Clockify', async () => {
    const c = fakeClockify();
    let listed = 0;
    c.deps.listExisting = async () => (listed++, []);
    const r = await runRestore([backups[0]], { 'old-0': 'n0' }, c.deps);
    expect(listed).toBe(0);
    expect(r.present).toEqual({ 'old-0': 'n0' });
  });
  it('records what it found present before creating anything', async () => {
    const c = fakeClockify([asEntry({ ...backups[0], id: 'x0' })]);
    const order: string[] = [];
    const mark = c.deps.markRestored;
    c.deps.markRestored = async (pairs) => (order.push(`mark ${Object.keys(pairs).join()}`), mark(pairs));
    const create = c.deps.create;
    c.deps.create = async (e) => (order.push(`create ${e.id}`), create(e));
    await runRestore(backups.slice(0, 2), {}, c.deps);
    expect(order).toEqual(['mark old-0', 'create old-1', 'mark old-1']);
  });
  it('counts failures in the progress it reports', async () => {
    const c = fakeClockify();
    c.failCreate.set('old-0', new ClockifyError({ kind: 'server', status: 500 }));
    const seen: number[] = [];
    await runRestore(backups.slice(0, 2), {}, c.deps, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2]);
  });
});
