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
  return { Lazy, load };
}

/** Longest a deferred control waits for the page to settle before it loads anyway. */
export const DEFERRED_LOAD_FALLBACK_MS = 4000;

/**
 * Loads `load` once `ready` (the page's data is in), when the browser is next idle; or after
 * DEFERRED_LOAD_FALLBACK_MS whatever happens. Intent (pointer or focus on the control's area)
 * should call `load` directly.
 */
export function useLoadWhenReady(load: () => Promise<unknown>, ready: boolean) {
  useEffect(() => {
    const fallback = setTimeout(() => void load().catch(() => undefined), DEFERRED_LOAD_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [load]);
  useEffect(() => {
    if (!ready) return;
    const run = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(run, 0);
    return () => clearTimeout(t);
  }, [load, ready]);
}
