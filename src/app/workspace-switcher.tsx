import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useClient } from '../session/connection-context';
import { workspaceQueries } from '../shared/workspaces/api';

/** Loaded after the shell: it needs the workspace list (and so the wire schemas). */
export function WorkspaceSwitcher({ workspaceId, fullWidth = false }: { workspaceId: string; fullWidth?: boolean }) {
  const { client } = useClient();
  const navigate = useNavigate();
  const workspaces = useQuery(workspaceQueries.all(client));
  const known = workspaces.data ?? [];
  const data = known.some((w) => w.id === workspaceId) ? known : [...known, { id: workspaceId, name: 'Loading…' }];
  return (
    <NativeSelect
      aria-label="Workspace"
      size={fullWidth ? 'md' : 'xs'}
      w={fullWidth ? '100%' : 200}
      data={data.map((w) => ({ value: w.id, label: w.name }))}
      value={workspaceId}
      onChange={(e) => e.currentTarget.value !== workspaceId && navigate(`/w/${e.currentTarget.value}`)}
    />
  );
}
