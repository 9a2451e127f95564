import { lazy, useEffect, type ComponentType } from 'react';

/**
 * A control the first screen shows but need not run yet (a date picker, a searchable select,
 * a menu): its code is its own chunk, asked for by `load()` — once, whoever asks first.
 * `Lazy` renders it (inside a Suspense whose fallback looks the same, disabled).
 */
export function deferredComponent<P extends object>(loader: () => Promise<ComponentType<P>>) {
  let pending: Promise<ComponentType<P>> | null = null;
  const load = () => (pending ??= loader().catch((e: unknown) => ((pending = null), Promise.reject(e))));
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  const start = () => void load().catch(() => undefined); // a failure shows when it renders
  /** Spread on the control's area: pointer or focus there loads it at once. */
  const intent = { onPointerEnter: start, onFocusCapture: start };
  return { Lazy, load, intent };
}

/** Longest a deferred control waits for the page to settle before it loads anyway. */
export const DEFERRED_LOAD_FALLBACK_MS = 4000;

/**
 * Loads the control once `ready` (the page's first data is in), when the browser is next idle,
 * or after DEFERRED_LOAD_FALLBACK_MS whatever happens. Pointer or focus loads it sooner
 * (`intent`).
 */
export function useLoadWhenReady({ intent }: Pick<ReturnType<typeof deferredComponent>, 'intent'>, ready: boolean) {
  const start = intent.onPointerEnter;
  useEffect(() => {
    const fallback = setTimeout(start, DEFERRED_LOAD_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [start]);
  useEffect(() => {
    if (!ready) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(start, { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(start, 0);
    return () => clearTimeout(t);
  }, [start, ready]);
}
