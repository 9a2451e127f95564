import type { ClockifyClient } from '../../clockify/client';
import { deleteEntries, getAllEntries } from '../../clockify/endpoints';
import { toWireInstant } from '../../lib/dates';
import type { BackupEntry } from './backup';
import { chunkIds, deleteUrlBase } from './chunking';
import type { DeletionDeps } from './run-deletion';

const DAY = 86_400_000;

/**
 * Which of these entries still exist, by listing the member's entries over the span they
 * cover (one request per chunk, not one per entry). The window is widened by a day
 * on each side because Clockify reads it as wall-clock time in the member's zone.
 */
export async function stillExisting(client: ClockifyClient, workspaceId: string, userId: string, entries: BackupEntry[]) {
  if (entries.length === 0) return new Set<string>();
  const starts = entries.map((e) => Date.parse(e.start));
  const start = toWireInstant(new Date(Math.min(...starts) - DAY));
  const end = toWireInstant(new Date(Math.max(...starts) + DAY));
  const wanted = new Set(entries.map((e) => e.id));
  const listed = await getAllEntries(client, workspaceId, userId, { start, end });
  return new Set(listed.filter((e) => wanted.has(e.id)).map((e) => e.id));
}

export function deletionDeps(client: ClockifyClient, workspaceId: string, userId: string, entries: BackupEntry[]): DeletionDeps {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    deleteChunk: async (ids) => (await deleteEntries(client, workspaceId, userId, ids)).map((e) => e.id),
    stillExisting: (ids) => stillExisting(client, workspaceId, userId, ids.map((id) => byId.get(id)!).filter(Boolean)),
  };
}

export function planChunks(client: ClockifyClient, workspaceId: string, userId: string, ids: string[]) {
  return chunkIds(ids, deleteUrlBase(client.baseUrl, workspaceId, userId).length);
}
