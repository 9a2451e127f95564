/** The activity log as CSV (one line per member touched, formula-safe) and JSON. */
import { csvCell } from '../../lib/files';
import type { ActivityRecord } from '../../shared/activity-log/activity-store';

const COLUMNS = ['at', 'kind', 'by', 'workspaceId', 'summary', 'result', 'memberId', 'memberName', 'entryIds', 'chosenEnd', 'outcome', 'detail'] as const;

export function activityToCsv(records: ActivityRecord[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of records) {
    const items = r.items.length > 0 ? r.items : [null];
    for (const item of items) {
      const row: Record<(typeof COLUMNS)[number], unknown> = {
        at: r.at,
        kind: r.kind,
        by: r.by,
        workspaceId: r.workspaceId,
        summary: r.summary,
        result: r.result,
        memberId: item?.memberId ?? '',
        memberName: item?.memberName ?? '',
        entryIds: item?.entryIds.join(';') ?? '',
        chosenEnd: item?.chosenEnd ?? '',
        outcome: item?.outcome ?? '',
        detail: item?.detail ?? '',
      };
      lines.push(COLUMNS.map((c) => csvCell(row[c])).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function activityToJson(records: ActivityRecord[]): string {
  return JSON.stringify(records, null, 2);
}
