import { describe, expect, it, vi } from 'vitest';
import { activityStore, recordActivity } from './activity-store';

// jsdom has no IndexedDB: the store keeps records in memory, with the same contract.
describe('activity store', () => {
  it('records a change with an id and a time, lists newest first, and tells subscribers', async () => {
    const heard = vi.fn();
    const unsubscribe = activityStore.subscribe(heard);
    const base = { kind: 'stop' as const, by: 'Ada', workspaceId: 'w', counts: { requested: 1, stopped: 1 }, result: 'done' as const, items: [] };
    const older = await recordActivity({ ...base, summary: 'first', at: '2026-11-23T10:00:00.000Z' });
    const newer = await recordActivity({ ...base, summary: 'second', at: '2026-11-23T11:00:00.000Z' });
    unsubscribe();
    await recordActivity({ ...base, summary: 'third', at: '2026-11-23T09:00:00.000Z' });
    expect(older?.id).toBeTruthy();
    expect(newer?.id).not.toBe(older?.id);
    expect((await activityStore.list()).map((r) => r.summary)).toEqual(['second', 'first', 'third']);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
