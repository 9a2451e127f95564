/**
 * The entries floor page (see ../framework-floor.ts): the entries page's first screen and its
 * deferred controls written with the stack alone — React, Mantine, React Router, TanStack Query,
 * TanStack Virtual, react-hook-form and Mantine's dates — and no app code (no schemas, dates,
 * client, grouping, selection, dialogs or shell). It is only built and weighed: its static
 * graph is what a first row needs at least, `controls.tsx` (loaded later, as the app defers its
 * range form and selects) what the whole page adds.
 */
import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes, useParams, useSearchParams } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Badge, Button, Checkbox, Group, Loader, MantineProvider, Paper, Stack, Text, TextInput, Title } from '@mantine/core';

interface Entry {
  id: string;
  description: string;
  tagIds: string[] | null;
  timeInterval: { start: string; end: string | null; duration: string | null };
}

const Controls = lazy(() => import('./controls'));

function Entries() {
  const { ws, user } = useParams();
  const [params] = useSearchParams();
  const entries = useQuery({
    queryKey: ['entries', ws, user, params.toString()],
    queryFn: async () => (await fetch(`/api/v1/workspaces/${ws}/user/${user}/time-entries?${params}`)).json() as Promise<Entry[]>,
  });
  const list = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(list.current?.offsetTop ?? 0), []);
  const rows = useWindowVirtualizer({ count: entries.data?.length ?? 0, estimateSize: () => 56, overscan: 2, scrollMargin: margin });
  return (
    <Stack component="main" p="md">
      <Title order={1}>Time entries</Title>
      <Group>
        {['Today', 'This week', 'Last week', 'This month'].map((p) => (
          <Button key={p} variant="default">
            {p}
          </Button>
        ))}
      </Group>
      <TextInput label="Search description" />
      <Suspense fallback={<Loader size="sm" />}>
        <Controls />
      </Suspense>
      {entries.isPending && <Loader aria-label="Loading entries" />}
      <div ref={list} role="list" style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {rows.getVirtualItems().map((row) => {
          const e = entries.data![row.index];
          return (
            <Paper key={e.id} role="listitem" withBorder p="xs" style={{ position: 'absolute', top: 0, width: '100%', transform: `translateY(${row.start - rows.options.scrollMargin}px)` }}>
              <Group justify="space-between">
                <Checkbox aria-label={`Select ${e.description}`} />
                <Text>{e.description}</Text>
                {e.tagIds?.map((t) => (
                  <Badge key={t}>{t}</Badge>
                ))}
                <Text>{e.timeInterval.duration}</Text>
              </Group>
            </Paper>
          );
        })}
      </div>
    </Stack>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider deduplicateCssVariables={false}>
    <QueryClientProvider client={new QueryClient()}>
      <BrowserRouter>
        <Routes>
          <Route path="/w/:ws/u/:user" element={<Entries />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </MantineProvider>,
);
