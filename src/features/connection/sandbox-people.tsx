import { describeError } from '../../clockify/errors';
import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { sandboxBaseUrl } from '../../clockify/regions';
import { connectionQueries, type DemoPerson } from './api';
import { newConnectionId } from '../../session/connection-store';
import { useVerifyAndConnect } from './use-verify-and-connect';
import { describeConnectError } from './connect-error';
import { roleName } from '../../shared/workspaces/role-names';
import classes from './sandbox-people.module.css';

export function SandboxPeople() {
  const people = useQuery(connectionQueries.demoPeople());
  const [params] = useSearchParams();
  const verify = useVerifyAndConnect(params.get('next'));

  if (people.isPending) return <Loader aria-label="Loading demo people" />;
  if (people.isError) {
    return (
      <Alert color="red" title="The sandbox is not available">
        This server does not offer the built-in sandbox. {describeError(people.error, 'list the sandbox’s demo people')} Or use the Clockify tab with an API key.
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
          {describeConnectError(verify.error)}
        </Alert>
      )}
      {/* Cards, not a table: on a phone each person wraps onto two lines and Connect stays in reach. */}
      <ul className={classes.list} aria-label="Demo people">
        {people.data.map((p) => (
          <li key={`${p.workspaceId}-${p.email}`} className={classes.person}>
            <div className={classes.who}>
              <Text fw={500}>{p.name}</Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {p.email}
                {p.workspaceName ? ` · ${p.workspaceName}` : ''}
              </Text>
            </div>
            <Group gap="xs" wrap="wrap" className={classes.meta}>
              <Badge variant="light" tt="none" className={classes.role}>
                {roleName(p.role)}
              </Badge>
              <Text size="sm" c="dimmed">
                {p.timeZone ?? '—'}
              </Text>
            </Group>
            <Button
              size="xs"
              className={classes.connect}
              onClick={() => connectAs(p)}
              loading={verify.isPending && verify.variables?.apiKey === p.apiKey}
              aria-label={`Connect as ${p.name}${p.workspaceName ? ` (${p.workspaceName})` : ''}`}
            >
              Connect
            </Button>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
