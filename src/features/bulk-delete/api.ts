import type { ClockifyClient } from '../../clockify/client';
import { deleteEntries, getAllEntries } from '../../clockify/endpoints';
import { toWireInstant } from '../../lib/dates';
import type { BackupEntry } from './backup';
import type { DeletionDeps } from './run-deletion';

const DAY = 86_400_000;

/**
 * The member's entries over the span these entries cover (all pages, not one request per
 * entry). The window is widened by a day on each side because Clockify reads it as
 * wall-clock time in the member's zone.
 */
export async function listOverSpan(client: ClockifyClient, workspaceId: string, userId: string, entries: BackupEntry[]) {
  if (entries.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const e of entries) {
    const t = Date.parse(e.start);
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  return getAllEntries(client, workspaceId, userId, { start: toWireInstant(new Date(min - DAY)), end: toWireInstant(new Date(max + DAY)) });
}

/** Which of these entries still exist. */
export async function stillExisting(client: ClockifyClient, workspaceId: string, userId: string, entries: BackupEntry[]) {
  const wanted = new Set(entries.map((e) => e.id));
  const listed = await listOverSpan(client, workspaceId, userId, entries);
  return new Set(listed.filter((e) => wanted.has(e.id)).map((e) => e.id));
}

export function deletionDeps(client: ClockifyClient, workspaceId: string, userId: string, entries: BackupEntry[]): DeletionDeps {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    deleteChunk: async (ids) => (await deleteEntries(client, workspaceId, userId, ids)).map((e) => e.id),
    stillExisting: (ids) => stillExisting(client, workspaceId, userId, ids.map((id) => byId.get(id)!).filter(Boolean)),
  };
}

