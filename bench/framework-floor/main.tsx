/**
 * The framework floor page (see ../framework-floor.ts): React and Mantine and nothing else —
 * no router, no query cache, no schemas, no app. It fetches page 1 exactly as the shell floor
 * does and renders its first rows as Mantine components; the frame after is its first row.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Group, MantineProvider, Paper, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Paper.css';

interface Entry {
  id: string;
  description: string;
  timeInterval: { start: string; end: string | null };
}
interface FloorWindow {
  __shellFirstRow?: number;
  __shellRows?: number;
  __shellError?: string;
}

/** About a screenful, as the app's virtualized list renders. */
const ROWS = 30;
const w = window as unknown as FloorWindow;
const conn = JSON.parse(sessionStorage.getItem('timekeeper.connection') ?? '{}') as { baseUrl: string; apiKey: string };
const q = new URLSearchParams(location.search); // from floorQuery (metrics/shell-floor.ts)
const qs = new URLSearchParams({ start: `${q.get('from')}T00:00:00Z`, end: `${q.get('to')}T23:59:59Z`, page: '1', 'page-size': q.get('pageSize') ?? 'missing' });
const page1 = fetch(`${conn.baseUrl}/v1/workspaces/${q.get('ws')}/user/${q.get('user')}/time-entries?${qs}`, {
  headers: { 'X-Api-Key': conn.apiKey },
  credentials: 'omit',
}).then((res) => {
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json() as Promise<Entry[]>;
});

function Floor() {
  const [items, setItems] = useState<Entry[] | null>(null);
  useEffect(() => {
    page1.then(setItems, (e: unknown) => (w.__shellError = String(e)));
  }, []);
  useEffect(() => {
    if (!items) return;
    w.__shellRows = items.length;
    requestAnimationFrame(() => (w.__shellFirstRow = performance.now()));
  }, [items]);
  return (
    <Stack role="list" gap={0} p="md">
      {items?.slice(0, ROWS).map((e) => (
        <Paper key={e.id} role="listitem" p="xs" withBorder>
          <Group justify="space-between">
            <Text>{e.description || '(no description)'}</Text>
            <Text c="dimmed">
              {e.timeInterval.start} – {e.timeInterval.end ?? 'running'}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

// Set up as the app is (providers.tsx, styles.ts): the provider writes the theme's CSS variables.
createRoot(document.getElementById('root')!).render(
  <MantineProvider deduplicateCssVariables={false}>
    <Floor />
  </MantineProvider>,
);
