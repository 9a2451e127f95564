import type { QueryClient } from '@tanstack/react-query';
import { ID_PATTERN } from '../../clockify/schemas';
import type { DayKey } from '../../lib/dates';
import { entriesQueries } from '../../features/entries/api';
import { defaultRange, readEntriesUrl } from '../../features/entries/use-entries-params';
import { clientFor } from '../../session/connection-context';
import { loadConnection, type Connection } from '../../session/connection-store';
import { meQuery } from '../../session/me-query';
import { workspaceQueries } from '../../shared/workspaces/api';
import { findMember, memberCalendar } from '../../shared/workspaces/use-member-scope';
import { firstScreenIn } from './first-screen';

/**
 * Opening an entries link (its route params and query): puts what the page's first screen
 * shows — the key's user, the workspaces, the members and page 1 of the range (the URL's, or
 * this week on the member's calendar once their record is in) — in the query cache
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
  const [me, members] = [meQuery(client), workspaceQueries.members(client, workspaceId)];
  const who = Promise.all([queryClient.prefetchQuery(me), queryClient.prefetchQuery(members)]);
  const list = (r: { from: DayKey; to: DayKey }) => queryClient.prefetchInfiniteQuery(entriesQueries.list(client, { workspaceId, userId, ...r, project, q }));
  // Without a range in the URL the page shows this week on the member's calendar: page 1 of it
  // leaves once their record is in (the early entry asked for it), read as the page reads it.
  const page1 = range
    ? list(range)
    : who.then(() => {
        const member = findMember(queryClient.getQueryData(members.queryKey)?.members, queryClient.getQueryData(me.queryKey), userId);
        if (!member) return; // no such member, or not one the key may see: the page says which
        const { timeZone, weekStart } = memberCalendar(member);
        return list(defaultRange(new Date(), timeZone, weekStart));
      });
  await firstScreenIn([who, queryClient.prefetchQuery(workspaceQueries.all(client)), page1]);
}
