import { lazy, Suspense, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConnectionProvider } from '../session/connection-context';
import { cssVariablesResolver, theme } from './theme';

// The toasts' container (transitions, portal) is its own chunk: nothing shows a toast before
// the first screen. `notifications.show()` works before it mounts — the store keeps them.
const Notifications = lazy(() => import('./notifications').then((m) => ({ default: m.AppNotifications })));

export function Providers({ children, queryClient }: { children: ReactNode; queryClient: QueryClient }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Suspense fallback={null}>
        <Notifications />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>{children}</ConnectionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
