import { createElement, lazy, Suspense, useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

/**
 * A control the first screen shows but need not run yet (a date picker, a searchable select,
 * a menu): its code is its own chunk, asked for once, by whoever asks first: `start()` (idle
 * time, `useLoadWhenReady`), `intent` (pointer or focus) or `Lazy` rendering.
 * `Lazy` renders it, asking for its code at once (inside a Suspense of the caller's).
 * `Deferred` shows its `fallback` (the control as it will look, disabled) until the code has
 * been asked for, then the control — so rendering the first screen does not start the download.
 */
export function deferredComponent<P extends object>(loader: () => Promise<ComponentType<P>>) {
  let pending: Promise<ComponentType<P>> | null = null;
  let asked = false;
  const listeners = new Set<() => void>();
  const load = () => {
    if (!asked) {
      asked = true;
      for (const l of listeners) l();
    }
    return (pending ??= loader().catch((e: unknown) => ((pending = null), Promise.reject(e))));
  };
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  /** Asks for the code without waiting for it: a failure shows when `Lazy` renders. */
  const start = () => void load().catch(() => undefined);
  /** Spread on the control's area: pointer or focus there loads it at once. */
  const intent = { onPointerEnter: start, onFocusCapture: start };
  const subscribe = (l: () => void) => (listeners.add(l), () => void listeners.delete(l));
  const wasAsked = () => asked;
  function Deferred({ fallback, ...props }: P & { fallback: ReactNode }) {
    const wanted = useSyncExternalStore(subscribe, wasAsked, wasAsked);
    return createElement(Suspense, { fallback }, wanted ? createElement(Lazy as unknown as ComponentType<typeof props>, props) : fallback);
  }
  return { Lazy, Deferred, start, intent };
}

/**
 * Runs `run` when the browser is next idle (at the latest after `timeoutMs`), or on the next
 * task where there is no idle callback; returns the cancel.
 */
export function onIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const t = setTimeout(run, 0);
  return () => clearTimeout(t);
}

/** Longest a deferred control waits for the page to settle before it loads anyway. */
export const DEFERRED_LOAD_FALLBACK_MS = 4000;

/**
 * Loads the control once `ready` (the page's data is in), when the browser is next idle,
 * or after DEFERRED_LOAD_FALLBACK_MS whatever happens. Pointer or focus loads it sooner
 * (`intent`).
 */
export function useLoadWhenReady({ start }: Pick<ReturnType<typeof deferredComponent>, 'start'>, ready: boolean) {
  useEffect(() => {
    const fallback = setTimeout(start, DEFERRED_LOAD_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [start]);
  useEffect(() => (ready ? onIdle(start, 500) : undefined), [start, ready]);
}

/**
 * True from the first idle moment after `condition` holds (at the latest `timeoutMs` later):
 * for work that may follow something without competing with that thing's own frame.
 */
export function useIdleAfter(condition: boolean, timeoutMs = 500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => (condition && !idle ? onIdle(() => setIdle(true), timeoutMs) : undefined), [condition, idle, timeoutMs]);
  return condition && idle;
}
