/** CSV and JSON exports of entries, with project and tag names resolved. Loaded on demand. */
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

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
 * (descriptions are user input: `=HYPERLINK(…)` must stay text).
 */
export function csvCell(value: unknown): string {
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(entries: BackupEntry[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const e of entries) lines.push(COLUMNS.map(([, get]) => csvCell(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(entries: BackupEntry[]): string {
  return JSON.stringify(entries, null, 2);
}

export function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
