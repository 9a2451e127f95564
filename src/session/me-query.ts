import { queryOptions } from '@tanstack/react-query';
import type { ClockifyClient } from '../clockify/client';
import { getCurrentUser } from '../clockify/endpoints';
import { sessionKeys } from './query-keys';

/** Who the key belongs to: every page needs it (roles, "me" in the picker). */
export const meQuery = (client: ClockifyClient) =>
  queryOptions({
    queryKey: sessionKeys.me(client),
    queryFn: ({ signal }) => getCurrentUser(client, signal),
    staleTime: 5 * 60_000,
  });
