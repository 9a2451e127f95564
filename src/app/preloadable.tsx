import { createElement, lazy, type ComponentType } from 'react';

/**
 * A lazily loaded page that renders straight away once its chunk is in. React.lazy always
 * suspends on first render, and React then holds the reveal back (~300 ms) after showing the
 * fallback; preloading the chunk before the first render avoids both.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => (pending ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Page(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy as unknown as ComponentType<P>, props);
  }
  return Object.assign(Page, { preload });
}
