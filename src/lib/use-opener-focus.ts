import { useEffect, useMemo, useRef } from 'react';

/**
 * Hands focus back to what opened a dialog that is rendered only while open. Mantine's Modal
 * returns focus when its `opened` prop turns false, and remembers the opener only when it turns
 * true: a dialog that mounts already open (lazy, or shown only while needed) and unmounts on
 * close leaves focus on the page's body, and a keyboard user starts again from the top.
 *
 * `remember()` when opening keeps the focused element (the button just pressed); `restore()`
 * when closing focuses it again once the dialog is gone, or what `fallback` gives if the opener
 * went away with what the dialog did (a stopped timer's Stop button) or is disabled.
 */
export function useOpenerFocus(fallback?: () => HTMLElement | null) {
  const opener = useRef<HTMLElement | null>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  return useMemo(
    () => ({
      remember() {
        const active = document.activeElement;
        opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      },
      restore() {
        const el = opener.current;
        opener.current = null;
        requestAnimationFrame(() => {
          // Whatever the dialog's action focused on purpose keeps focus.
          if (document.activeElement && document.activeElement !== document.body) return;
          const target = el?.isConnected && !el.matches(':disabled') ? el : fallbackRef.current?.();
          target?.focus();
        });
      },
    }),
    [],
  );
}
