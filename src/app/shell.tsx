import { Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { deleteQueue } from '../features/bulk-delete/queue';
import { useClient } from '../session/connection-context';
import { OnlineBanner } from './online-banner';
import { PageErrorBoundary } from './error-boundary';
import { MainNav, ShellActions } from './shell-nav';
import { SkipLink, useFocusHeadingOnNavigate } from './focus-on-navigate';
import classes from './shell.module.css';

export const MAIN_ID = 'main-content';

/**
 * The frame around every connected page. From `md` up the header holds everything; below it a
 * Burger opens the same controls as a column (rendered only while open, so hidden links are
 * neither focusable nor announced).
 *
 * A fixed header, a main area padded below it and a full-width menu panel, in plain elements
 * and `shell.module.css`: Mantine's AppShell (resizable sections, aside, footer, media-query
 * variables) and the react-remove-scroll it imports were 9 kB gzip of the main chunk, which
 * every page, the connect page included, downloads and compiles before its first paint.
 */
export function Shell() {
  const { connection } = useClient();
  const { workspaceId } = useParams();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const desktop = useMediaQuery('(min-width: 62em)', true);
  useFocusHeadingOnNavigate(MAIN_ID);

  // A tap on a link closes the menu; so does growing to the desktop layout.
  useEffect(() => close(), [location.pathname, close]);
  useEffect(() => {
    if (desktop) close();
  }, [desktop, close]);
  // Like any menu: Escape closes it (focus back on its button), and so does a tap outside it.
  const burger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!opened) return;
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      close();
      burger.current?.focus();
    };
    const onPointer = (ev: PointerEvent) => {
      const target = ev.target as Element;
      // The workspace select's options open in a portal: a tap there is inside the menu's work.
      if (menu.current?.contains(target) || burger.current?.contains(target) || target.closest?.('[data-portal]')) return;
      close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [opened, close]);

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

  const who = connection.userName ? `${connection.userName} · ${connection.kind === 'sandbox' ? 'Sandbox' : connection.label}` : connection.label;

  return (
    <>
      {/* right-scroll-bar-position: react-remove-scroll (loaded with the first modal) keeps the
          fixed header from shifting under a modal while it hides the page's scroll bar. */}
      <header className={`${classes.header} right-scroll-bar-position`}>
        <SkipLink targetId={MAIN_ID} />
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Burger
              ref={burger}
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              className={classes.burger}
              aria-label={opened ? 'Close menu' : 'Open menu'}
              aria-expanded={opened}
              aria-controls={opened ? 'shell-menu' : undefined}
            />
            <Text fw={700} className={classes.brand}>
              Timekeeper
            </Text>
            {workspaceId && (
              <Group gap="md" wrap="nowrap" visibleFrom="md">
                <MainNav workspaceId={workspaceId} layout="row" />
              </Group>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="md">
            <Text size="sm" c="dimmed" visibleFrom="lg" data-testid="connected-as">
              {who}
            </Text>
            <ShellActions layout="row" />
          </Group>
          <Text size="sm" c="dimmed" hiddenFrom="md" truncate="end" miw={0} className={classes.mobileWho}>
            {connection.userName ?? connection.label}
          </Text>
        </Group>
      </header>
      {/* Only while open (phones): a closed menu is neither focusable nor an empty landmark. */}
      {opened && (
        <nav id="shell-menu" aria-label="Menu" className={classes.menuPanel} ref={menu}>
          <div className={classes.menu}>
            <Text size="sm" c="dimmed">
              {who}
            </Text>
            {workspaceId && <MainNav workspaceId={workspaceId} layout="column" />}
            <ShellActions layout="column" />
          </div>
        </nav>
      )}
      <main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <OnlineBanner />
        <PageErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </PageErrorBoundary>
      </main>
    </>
  );
}
