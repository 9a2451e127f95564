import type { QueryClient } from '@tanstack/react-query';
import { ID_PATTERN } from '../../clockify/schemas';
import { timerQueries } from '../../features/timer/api';
import { clientFor } from '../../session/connection-context';
import { loadConnection, type Connection } from '../../session/connection-store';
import { meQuery } from '../../session/me-query';
import { workspaceQueries } from '../../shared/workspaces/api';
import { firstScreenIn } from './first-screen';

/**
 * Opening a Team timers link: puts what its first screen shows — the running timers, the
 * members they belong to, the key's user and roles, the workspaces (for the lock date) and the
 * project names — in the query cache before the first render, through the page's own query
 * options (the client takes the early entry's requests for them). The page then renders once,
 * with its timers, instead of a loader first. Resolves when they are in, or after
 * FIRST_SCREEN_WAIT_MS; never fails (a failed query is in the cache as such, for the page to show).
 */
export async function prefetchTeamFirstScreen(queryClient: QueryClient, workspaceId: string, connection: Connection | null = loadConnection()): Promise<void> {
  if (!connection || !ID_PATTERN.test(workspaceId)) return;
  const client = clientFor(connection);
  await firstScreenIn([
    queryClient.prefetchQuery(meQuery(client)),
    queryClient.prefetchQuery(workspaceQueries.members(client, workspaceId)),
    queryClient.prefetchQuery(workspaceQueries.all(client)),
    queryClient.prefetchQuery(timerQueries.team(client, workspaceId)),
    queryClient.prefetchQuery(workspaceQueries.catalog(client, workspaceId)),
  ]);
}
