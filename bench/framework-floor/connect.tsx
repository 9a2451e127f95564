/**
 * The connect floor page (see ../framework-floor.ts): the console's /connect first screen —
 * a title, two tabs and the sandbox's demo people as a list of Connect buttons — written with
 * the stack alone: React, Mantine, React Router and TanStack Query, and no app code (no
 * connection store, schemas, error texts, shell, header or other routes). Its gzip JS is the
 * least the stack asks a browser to fetch for that screen; it is only built and weighed.
 */
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Container, Group, Loader, MantineProvider, Stack, Tabs, Text, Title } from '@mantine/core';

interface Person {
  name: string;
  email: string;
  role: string;
}

function People() {
  const people = useQuery({
    queryKey: ['people'],
    queryFn: async () => (await fetch('/sandbox/demo-keys')).json() as Promise<Person[]>,
  });
  if (people.isPending) return <Loader aria-label="Loading demo people" />;
  if (people.isError) return <Alert color="red" title="The sandbox is not available" />;
  return (
    <ul aria-label="Demo people">
      {people.data.map((p) => (
        <li key={p.email}>
          <Text fw={500}>{p.name}</Text>
          <Group gap="xs">
            <Badge variant="light">{p.role}</Badge>
            <Text size="sm" c="dimmed">
              {p.email}
            </Text>
          </Group>
          <Button size="xs">Connect</Button>
        </li>
      ))}
    </ul>
  );
}

function Connect() {
  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>Connect</Title>
        <Tabs defaultValue="sandbox">
          <Tabs.List>
            <Tabs.Tab value="sandbox">Sandbox</Tabs.Tab>
            <Tabs.Tab value="clockify">Clockify</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sandbox" pt="md">
            <People />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider deduplicateCssVariables={false}>
    <QueryClientProvider client={new QueryClient()}>
      <BrowserRouter>
        <Routes>
          <Route path="*" element={<Connect />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </MantineProvider>,
);
