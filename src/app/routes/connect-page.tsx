import '@mantine/core/styles/Tabs.css';
import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { SandboxPeople } from '../../features/connection/sandbox-people';
import { ClockifyConnectForm } from '../../features/connection/clockify-connect-form';

export function ConnectPage() {
  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="md">
        <div>
          <Title order={1}>Connect</Title>
          <Text c="dimmed">
            Manage your team's Clockify time entries: find a member's week, stop forgotten timers, clean up in bulk.
          </Text>
        </div>
        <Tabs defaultValue="sandbox" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="sandbox">Sandbox</Tabs.Tab>
            <Tabs.Tab value="clockify">Clockify</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sandbox" pt="md">
            <SandboxPeople />
          </Tabs.Panel>
          <Tabs.Panel value="clockify" pt="md">
            <ClockifyConnectForm />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
