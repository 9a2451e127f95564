/** CSV and JSON exports of entries, with project and tag names resolved. Loaded on demand. */
import { csvCell } from '../../lib/files';
import type { BackupEntry } from './backup';

const COLUMNS: Array<[string, (e: BackupEntry) => unknown]> = [
  ['id', (e) => e.id],
  ['start', (e) => e.start],
  ['end', (e) => e.end ?? ''],
  ['durationSeconds', (e) => e.durationSeconds ?? ''],
  ['description', (e) => e.description],
  ['project', (e) => e.projectName ?? ''],
  ['client', (e) => e.clientName ?? ''],
  ['task', (e) => e.taskName ?? ''],
  ['tags', (e) => e.tagNames.join('; ')],
  ['billable', (e) => e.billable],
  ['type', (e) => e.type],
  ['locked', (e) => e.isLocked],
  ['projectId', (e) => e.projectId ?? ''],
  ['taskId', (e) => e.taskId ?? ''],
  ['tagIds', (e) => e.tagIds.join(';')],
  ['customFieldValues', (e) => (e.customFieldValues.length ? JSON.stringify(e.customFieldValues) : '')],
];

export function toCsv(entries: BackupEntry[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const e of entries) lines.push(COLUMNS.map(([, get]) => csvCell(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(entries: BackupEntry[]): string {
  return JSON.stringify(entries, null, 2);
}
