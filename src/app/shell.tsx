import { ActionIcon, AppShell, Button, Group, Text, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { deleteQueue } from '../features/bulk-delete/queue';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useConnection } from '../features/connection/connection-context';
import { OnlineBanner } from './online-banner';
import { PageErrorBoundary } from './error-boundary';
import classes from './shell.module.css';

const WorkspaceSwitcher = lazy(() => import('./workspace-switcher').then((m) => ({ default: m.WorkspaceSwitcher })));

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon variant="default" size="lg" aria-label={`Switch to ${next} mode`} title={`Switch to ${next} mode`} onClick={() => setColorScheme(next)}>
      <span aria-hidden>{computed === 'dark' ? '☀' : '☾'}</span>
    </ActionIcon>
  );
}

export function Shell() {
  const { connection } = useClient();
  const { disconnect } = useConnection();
  const { workspaceId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();

  // Leaving during an undo window or while chunks go out: the browser asks first. A closed
  // tab deletes nothing that was still waiting (requests leave only when the window ends).
  useEffect(() => {
    const onBeforeUnload = (ev: BeforeUnloadEvent) => {
      if (!deleteQueue.busy()) return;
      ev.preventDefault();
      ev.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Text fw={700} className={classes.brand}>
              Timekeeper
            </Text>
            {workspaceId && (
              <Suspense fallback={null}>
                <WorkspaceSwitcher workspaceId={workspaceId} />
              </Suspense>
            )}
            {workspaceId && (
              <nav aria-label="Main" className={classes.nav}>
                <RouterNavLink to={`/w/${workspaceId}`} end={false} className={({ isActive }) => (isActive && location.pathname.includes('/u/') ? classes.active : classes.link)}>
                  Entries
                </RouterNavLink>
                <RouterNavLink to={`/w/${workspaceId}/running`} className={({ isActive }) => (isActive ? classes.active : classes.link)}>
                  Team timers
                </RouterNavLink>
                <RouterNavLink to={`/w/${workspaceId}/activity`} className={({ isActive }) => (isActive ? classes.active : classes.link)}>
                  Activity
                </RouterNavLink>
              </nav>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="md" data-testid="connected-as">
              {connection.userName ? `${connection.userName} · ${connection.kind === 'sandbox' ? 'Sandbox' : connection.label}` : connection.label}
            </Text>
            <ColorSchemeToggle />
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                if (deleteQueue.busy() && !window.confirm('A deletion is still pending. Disconnect anyway? Entries still waiting will not be deleted.')) return;
                // Navigate first: once disconnected, the gate would add ?next=<this page>
                // and the next person to connect would land on this member's entries.
                navigate('/connect', { replace: true });
                disconnect();
              }}
            >
              Disconnect
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <OnlineBanner />
        <PageErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
