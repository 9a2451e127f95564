import { lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { notificationsStore } from '@mantine/notifications';
import { ConnectionProvider } from '../session/connection-context';
import { cssVariablesResolver, theme } from './theme';

// The toasts' container (transitions, portal: ~10 kB gzip) is its own chunk, loaded and
// mounted when the first toast is shown, which only ever follows a manager's action; most
// visits show none. `notifications.show()` works before it mounts: the store keeps the toast
// and the container shows it once there.
const Notifications = lazy(() => import('./notifications').then((m) => ({ default: m.AppNotifications })));

const anyToast = () => {
  const { notifications, queue } = notificationsStore.getState();
  return notifications.length + queue.length > 0;
};

/** Mounted from the first toast on (and kept, so toasts can leave with their transition). */
function Toasts() {
  const wanted = useSyncExternalStore(notificationsStore.subscribe, anyToast, anyToast);
  const [mounted, setMounted] = useState(false);
  if (wanted && !mounted) setMounted(true); // re-renders at once, before anything is committed
  return <Suspense fallback={null}>{mounted && <Notifications />}</Suspense>;
}

export function Providers({ children, queryClient }: { children: ReactNode; queryClient: QueryClient }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" deduplicateCssVariables={false}>
      <Toasts />
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>{children}</ConnectionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
