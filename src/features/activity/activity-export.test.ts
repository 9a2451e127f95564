import { describe, expect, it } from 'vitest';
import { activityToCsv, activityToJson } from './activity-export';
import type { ActivityRecord } from '../../shared/activity-log/activity-store';

const record: ActivityRecord = {
  id: '1',
  at: '2026-11-23T12:00:00.000Z',
  kind: 'stop',
  by: 'Ada Lovelace',
  workspaceId: 'w',
  summary: 'Stopped 1 of 2 timers (start + 8 h)',
  counts: { requested: 2, stopped: 1, failed: 1 },
  result: 'partial',
  items: [
    { memberId: 'm1', memberName: '=HYPERLINK("x")', entryIds: ['e1'], chosenEnd: '2026-11-23T01:00:00Z', outcome: 'stopped', detail: 'ended at 2026-11-23T01:00:00Z' },
    { memberId: 'm2', memberName: 'Sofía, G.', entryIds: ['e2'], chosenEnd: '2026-11-23T02:00:00Z', outcome: 'failed', detail: 'Could not stop the timer: Clockify had a server error (500).' },
  ],
};

describe('activity export', () => {
  it('writes one CSV line per member, formula-safe and quoted', () => {
    const lines = activityToCsv([record]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('at,kind,by,workspaceId,summary,result,memberId,memberName,entryIds,chosenEnd,outcome,detail');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toContain('"Sofía, G.",e2,2026-11-23T02:00:00Z,failed');
  });
  it('keeps everything in JSON', () => {
    expect(JSON.parse(activityToJson([record]))).toEqual([record]);
  });
});
