import { useEffect } from 'react';
import { useLocation } from 'react-router';
import classes from './shell.module.css';

/** The first stop for keyboard users: jumps past the header to the page. */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a
      href={`#${targetId}`}
      className={classes.skip}
      onClick={(ev) => {
        ev.preventDefault();
        const target = document.getElementById(targetId);
        const heading = target?.querySelector<HTMLElement>('h1');
        focusHeading(heading ?? target);
      }}
    >
      Skip to content
    </a>
  );
}

function focusHeading(el: HTMLElement | null | undefined) {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

/**
 * After a route change, focus the new page's h1 (once it renders), so a screen reader
 * announces the page and Tab starts from it — unless the person already moved focus into
 * the page (typing in a field, say); then it stays where they put it.
 */
export function useFocusHeadingOnNavigate(mainId: string) {
  const { pathname, key } = useLocation();
  // A page opened from the address bar starts at the top of the document, as browsers do.
  const fresh = key === 'default';
  useEffect(() => {
    if (fresh) return;
    const main = document.getElementById(mainId);
    if (!main) return;
    const untouched = () => {
      const active = document.activeElement;
      return !active || active === document.body || !main.contains(active) || active === main;
    };
    const tryFocus = () => {
      const h1 = main.querySelector<HTMLElement>('h1');
      if (!h1) return false;
      if (untouched()) focusHeading(h1);
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname, fresh, mainId]);
}
