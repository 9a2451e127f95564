import type { QueryClient } from '@tanstack/react-query';
import { ID_PATTERN } from '../../clockify/schemas';
import { entriesQueries } from '../../features/entries/api';
import { readEntriesUrl } from '../../features/entries/use-entries-params';
import { clientFor } from '../../session/connection-context';
import { loadConnection, type Connection } from '../../session/connection-store';
import { meQuery } from '../../session/me-query';
import { workspaceQueries } from '../../shared/workspaces/api';
import { firstScreenIn } from './first-screen';

/**
 * Opening an entries link (its route params and query): puts what the page's first screen
 * shows — the key's user, the workspaces, the members and, when the URL has a range, page 1 of
 * it — in the query cache
 * before the first render, through the page's own query options (the client takes the early
 * entry's requests for them). The page then renders once, with its rows, instead of first
 * with its loading state and again when they arrive: two renders of the whole page, with the
 * frame between them. Resolves when they are in, or after FIRST_SCREEN_WAIT_MS; never fails
 * (a failed query is in the cache as such, for the page to show).
 */
export async function prefetchFirstScreen(
  queryClient: QueryClient,
  { workspaceId, userId }: { workspaceId: string; userId: string },
  search: string,
  connection: Connection | null = loadConnection(),
): Promise<void> {
  // Not Clockify ids: no such member to show, so nothing worth asking for ahead of the page.
  if (!connection || !ID_PATTERN.test(workspaceId) || !ID_PATTERN.test(userId)) return;
  const client = clientFor(connection);
  const { range, project, q } = readEntriesUrl(new URLSearchParams(search));
  const reads = [
    queryClient.prefetchQuery(meQuery(client)),
    queryClient.prefetchQuery(workspaceQueries.members(client, workspaceId)),
    queryClient.prefetchQuery(workspaceQueries.all(client)),
  ];
  // Without a range in the URL the page picks one in the member's zone: the list waits for it.
  if (range) reads.push(queryClient.prefetchInfiniteQuery(entriesQueries.list(client, { workspaceId, userId, ...range, project, q })));
  await firstScreenIn(reads);
}
