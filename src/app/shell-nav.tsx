import { ActionIcon, Button, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { deleteQueue } from '../features/bulk-delete/queue';
import { useConnection } from '../session/connection-context';
import classes from './shell.module.css';

const WorkspaceSwitcher = lazy(() => import('./workspace-switcher').then((m) => ({ default: m.WorkspaceSwitcher })));

type Layout = 'row' | 'column';

/** Workspace switcher and the page links: one row in the desktop header, a column in the phone menu. */
export function MainNav({ workspaceId, layout }: { workspaceId: string; layout: Layout }) {
  const location = useLocation();
  const link = (active: boolean) => `${active ? classes.active : classes.link} ${layout === 'column' ? classes.block : ''}`;
  return (
    <>
      <Suspense fallback={null}>
        <WorkspaceSwitcher workspaceId={workspaceId} fullWidth={layout === 'column'} />
      </Suspense>
      <nav aria-label="Main" className={layout === 'column' ? classes.navColumn : classes.nav}>
        <RouterNavLink to={`/w/${workspaceId}`} end={false} className={({ isActive }) => link(isActive && location.pathname.includes('/u/'))}>
          Entries
        </RouterNavLink>
        <RouterNavLink to={`/w/${workspaceId}/running`} className={({ isActive }) => link(isActive)}>
          Team timers
        </RouterNavLink>
        <RouterNavLink to={`/w/${workspaceId}/activity`} className={({ isActive }) => link(isActive)}>
          Activity
        </RouterNavLink>
      </nav>
    </>
  );
}

function ColorSchemeToggle({ layout }: { layout: Layout }) {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} mode`;
  if (layout === 'column') {
    return (
      <Button variant="default" size="md" fullWidth aria-label={label} onClick={() => setColorScheme(next)} leftSection={<span aria-hidden>{computed === 'dark' ? '☀' : '☾'}</span>}>
        {next === 'dark' ? 'Dark mode' : 'Light mode'}
      </Button>
    );
  }
  return (
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={() => setColorScheme(next)}>
      <span aria-hidden>{computed === 'dark' ? '☀' : '☾'}</span>
    </ActionIcon>
  );
}

/** Theme and Disconnect. */
export function ShellActions({ layout }: { layout: Layout }) {
  const { disconnect } = useConnection();
  const navigate = useNavigate();
  return (
    <>
      <ColorSchemeToggle layout={layout} />
      <Button
        variant="default"
        size={layout === 'column' ? 'md' : 'xs'}
        fullWidth={layout === 'column'}
        onClick={() => {
          if (deleteQueue.busy() && !window.confirm('A deletion is still pending. Disconnect anyway? Entries still waiting will not be deleted.')) return;
          // The gate leaves ?next=<this page> out after Disconnect, whichever of the two
          // renders first (React Router navigates in a transition).
          navigate('/connect', { replace: true });
          disconnect();
        }}
      >
        Disconnect
      </Button>
    </>
  );
}
