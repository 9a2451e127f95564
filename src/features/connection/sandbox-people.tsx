import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { describeError } from '../../clockify/errors';
import { sandboxBaseUrl } from '../../clockify/regions';
import { connectionQueries, type DemoPerson } from './api';
import { newConnectionId } from './connection-store';
import { useVerifyAndConnect } from './use-verify-and-connect';

export function SandboxPeople() {
  const people = useQuery(connectionQueries.demoPeople());
  const [params] = useSearchParams();
  const verify = useVerifyAndConnect(params.get('next'));

  if (people.isPending) return <Loader aria-label="Loading demo people" />;
  if (people.isError) {
    return (
      <Alert color="red" title="The sandbox is not available">
        This server does not offer the built-in sandbox ({people.error.message}). Use the Clockify tab with an API key.
      </Alert>
    );
  }

  const connectAs = (p: DemoPerson) =>
    verify.mutate({
      id: newConnectionId(),
      kind: 'sandbox',
      baseUrl: sandboxBaseUrl(window.location.origin),
      apiKey: p.apiKey,
      label: `Sandbox · ${p.name}`,
      rateLimitPerSecond: null,
      remember: false,
    });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The sandbox is a Clockify-compatible server with demo data. Pick a person to connect with their key — a
        manager sees their team, a regular member only themselves.
      </Text>
      {verify.isError && (
        <Alert color="red" title="Could not connect">
          {describeError(verify.error, 'connect')}
        </Alert>
      )}
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Time zone</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Action</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.data.map((p) => (
            <Table.Tr key={`${p.workspaceId}-${p.email}`}>
              <Table.Td>
                <Text fw={500}>{p.name}</Text>
                <Text size="xs" c="dimmed">
                  {p.email}
                  {p.workspaceName ? ` · ${p.workspaceName}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{p.role}</Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.timeZone ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button
                    size="xs"
                    onClick={() => connectAs(p)}
                    loading={verify.isPending && verify.variables?.apiKey === p.apiKey}
                    aria-label={`Connect as ${p.name}${p.workspaceName ? ` (${p.workspaceName})` : ''}`}
                  >
                    Connect
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
