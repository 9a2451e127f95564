import { lazy, Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Loader, Center } from '@mantine/core';
import { BrowserRouter, matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { useConnection } from '../session/connection-context';
import { Shell } from './shell';
import { preloadable } from './preloadable';
import { NotFoundPage } from './not-found-page';
import shellClasses from './shell.module.css';

// Each page is its own chunk: the first screen loads only the shell and its own page.
const ConnectPage = lazy(() => import('./routes/connect-page').then((m) => ({ default: m.ConnectPage })));
const entriesRoute = () => import('./routes/entries-page');
const EntriesPage = preloadable(() => entriesRoute().then((m) => m.EntriesPage));
const ENTRIES_ROUTE = '/w/:workspaceId/u/:userId';
const teamRoute = () => import('./routes/team-timers-page');
const TeamTimersPage = preloadable(() => teamRoute().then((m) => m.TeamTimersPage));
const TEAM_ROUTE = '/w/:workspaceId/running';

/** A page's chunk (see preloadable) and what its first screen shows, both loaded; never fails. */
function withFirstScreen<M>(route: () => Promise<M>, page: { preload(): Promise<unknown> }, prefetch: (route: M) => Promise<void>) {
  return route()
    .then((m) => Promise.all([page.preload(), prefetch(m)]))
    .catch(() => undefined);
}

/**
 * Opening an entries or Team timers link: load that page's chunk and what its first screen
 * shows (see prefetchFirstScreen, prefetchTeamFirstScreen) before the first render.
 */
export function preloadForLocation(location: { pathname: string; search: string }, queryClient: QueryClient): Promise<unknown> {
  const team = matchPath(TEAM_ROUTE, location.pathname);
  if (team) return withFirstScreen(teamRoute, TeamTimersPage, (r) => r.prefetchTeamFirstScreen(queryClient, team.params.workspaceId ?? ''));
  const entries = matchPath(ENTRIES_ROUTE, location.pathname);
  if (!entries) return Promise.resolve();
  const { workspaceId = '', userId = '' } = entries.params;
  return withFirstScreen(entriesRoute, EntriesPage, (r) => r.prefetchFirstScreen(queryClient, { workspaceId, userId }, location.search));
}
const Home = lazy(() => import('./home-redirect').then((m) => ({ default: m.HomeRedirect })));
const ActivityRoute = lazy(() => import('./routes/activity-route').then((m) => ({ default: m.ActivityRoute })));

/** The old "Deletion history" address lives on inside Activity. */
function HistoryRedirect() {
  const location = useLocation();
  return <Navigate to={location.pathname.replace(/\/history$/, '/activity')} replace />;
}

function PageLoader() {
  return (
    <Center py="xl">
      <Loader aria-label="Loading page" />
    </Center>
  );
}

function RequireConnection() {
  const { connection, disconnected } = useConnection();
  const location = useLocation();
  if (!connection) {
    // A link opened without a connection comes back to its page once connected; after
    // Disconnect there is nothing to come back to (the next person would land on this member).
    const next = !disconnected && location.pathname.startsWith('/w/') ? `?next=${encodeURIComponent(location.pathname + location.search)}` : '';
    return <Navigate to={`/connect${next}`} replace />;
  }
  return <Shell />;
}


export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path="/connect" element={<ConnectPage />} />
          <Route element={<RequireConnection />}>
            <Route index element={<Home />} />
            <Route path="/w/:workspaceId" element={<Home />} />
            <Route path={ENTRIES_ROUTE} element={<EntriesPage />} />
            <Route
              path={TEAM_ROUTE}
              element={
                <div className={shellClasses.wide}>
                  <TeamTimersPage />
                </div>
              }
            />
            <Route path="/w/:workspaceId/activity" element={<ActivityRoute />} />
            <Route path="/w/:workspaceId/history" element={<HistoryRedirect />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
