import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { onIdle } from '../lib/deferred';
import { ConnectionProvider } from '../session/connection-context';
import { cssVariablesResolver, theme } from './theme';

// The toasts' container (transitions, portal) is its own chunk, mounted when the browser is
// first idle (after the first screen, not competing with it): nothing shows a toast before.
// `notifications.show()` works before it mounts — the store keeps them.
const Notifications = lazy(() => import('./notifications').then((m) => ({ default: m.AppNotifications })));

function useFirstIdle() {
  const [idle, setIdle] = useState(false);
  useEffect(() => onIdle(() => setIdle(true), 2000), []);
  return idle;
}

export function Providers({ children, queryClient }: { children: ReactNode; queryClient: QueryClient }) {
  const idle = useFirstIdle();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" deduplicateCssVariables={false}>
      <Suspense fallback={null}>{idle && <Notifications />}</Suspense>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>{children}</ConnectionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
