import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { getCurrentUser } from '../../clockify/endpoints';
import { clientFor, useConnection } from './connection-context';
import type { Connection } from './connection-store';
import { connectionQueries } from './api';

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
      queryClient.setQueryData(connectionQueries.meKey(connection.id), user);
      const workspaceId = user.activeWorkspace || user.defaultWorkspace;
      const safeNext = next && next.startsWith('/w/') ? next : null;
      navigate(safeNext ?? (workspaceId ? `/w/${workspaceId}/u/${user.id}` : '/'), { replace: true });
    },
  });
}
