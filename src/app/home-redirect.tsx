import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { meQuery } from '../session/me-query';
import { useClient } from '../session/connection-context';

/** `/` and `/w/:id` land on the connected person's own entries. */
export function HomeRedirect() {
  const { client } = useClient();
  const { workspaceId } = useParams();
  const me = useQuery(meQuery(client));
  if (me.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (me.isError) throw me.error;
  const wid = workspaceId ?? me.data.activeWorkspace ?? me.data.defaultWorkspace;
  if (!wid) {
    return (
      <Alert color="yellow" title="No workspace">
        This Clockify account belongs to no workspace yet. Create or join one in Clockify, then reload this page.
      </Alert>
    );
  }
  return <Navigate to={`/w/${wid}/u/${me.data.id}`} replace />;
}
