import type { ClockifyClient } from '../clockify/client';

/**
 * The roots of every query key, from general to specific. Everything a connection reads lives
 * under its client's id, so connecting with another key never shows the last key's data, and
 * a feature invalidates what it changed by prefix (`workspace(...)`, `memberEntries(...)`).
 * Features extend these roots; nobody spells `['conn', …]` by hand.
 */
export const sessionKeys = {
  all: (client: Pick<ClockifyClient, 'id'>) => ['conn', client.id] as const,
  me: (client: Pick<ClockifyClient, 'id'>) => [...sessionKeys.all(client), 'me'] as const,
  workspaces: (client: Pick<ClockifyClient, 'id'>) => [...sessionKeys.all(client), 'workspaces'] as const,
  workspace: (client: Pick<ClockifyClient, 'id'>, workspaceId: string) => [...sessionKeys.all(client), 'ws', workspaceId] as const,
  /** Every time-entry list of the workspace (any member, any range). */
  entries: (client: Pick<ClockifyClient, 'id'>, workspaceId: string) => [...sessionKeys.workspace(client, workspaceId), 'entries'] as const,
  /** One member's entry lists, every range and filter. */
  memberEntries: (client: Pick<ClockifyClient, 'id'>, workspaceId: string, userId: string) =>
    [...sessionKeys.entries(client, workspaceId), userId] as const,
  /** Running timers: one member's, and the workspace's list. */
  running: (client: Pick<ClockifyClient, 'id'>, workspaceId: string) => [...sessionKeys.workspace(client, workspaceId), 'running'] as const,
};

/** Keys of things kept in this browser, not read from Clockify (backups, the activity log). */
export const localKeys = {
  deletionHistory: () => ['local', 'deletion-history'] as const,
  activity: () => ['local', 'activity'] as const,
};
