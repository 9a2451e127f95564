import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { getCurrentUser } from '../../clockify/endpoints';
import { clientFor, useConnection } from '../../session/connection-context';
import type { Connection } from '../../session/connection-store';
import { sessionKeys } from '../../session/query-keys';

/** Checks the key with `GET /v1/user` before anything is stored, then lands on the user's entries. */
export function useVerifyAndConnect(next?: string | null) {
  const { connect } = useConnection();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (connection: Connection) => {
      const user = await getCurrentUser(clientFor(connection));
      return { connection, user };
    },
    onSuccess: ({ connection, user }, _vars) => {
      connect({ ...connection, userName: user.name || user.email });
      // The key check already fetched the user: the pages need not ask again.
      queryClient.setQueryData(sessionKeys.me(connection), user);
      const workspaceId = user.activeWorkspace || user.defaultWorkspace;
      const safeNext = next && next.startsWith('/w/') ? next : null;
      navigate(safeNext ?? (workspaceId ? `/w/${workspaceId}/u/${user.id}` : '/'), { replace: true });
    },
  });
}
