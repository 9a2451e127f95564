import '@mantine/core/styles/Tabs.css';
import { Center, Container, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { SandboxPeople } from '../../features/connection/sandbox-people';
import { deferredComponent } from '../../lib/deferred';

// The Clockify form (region select, key and rate fields, form and schema code: ~55 kB gzip) is
// its own chunk: the page opens on the sandbox tab, and pointing at or focusing the Clockify
// tab loads it before the click lands.
const clockifyForm = deferredComponent(() => import('../../features/connection/clockify-connect-form').then((m) => m.ClockifyConnectForm));

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
            <Tabs.Tab value="clockify" {...clockifyForm.intent}>
              Clockify
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sandbox" pt="md">
            <SandboxPeople />
          </Tabs.Panel>
          <Tabs.Panel value="clockify" pt="md">
            <Suspense
              fallback={
                <Center py="md">
                  <Loader size="sm" aria-label="Loading the Clockify form" />
                </Center>
              }
            >
              <clockifyForm.Lazy />
            </Suspense>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
