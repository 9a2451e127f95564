/**
 * Which deletions are shown in place (the pending banner in the list). While one is, its
 * notification leaves Undo and Delete now to the banner: one of each on the page.
 */
import { useEffect, useSyncExternalStore } from 'react';

let shown: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();
const set = (next: ReadonlySet<string>) => {
  shown = next;
  listeners.forEach((l) => l());
};

export function useShownInPlace(jobId: string) {
  useEffect(() => {
    set(new Set([...shown, jobId]));
    return () => set(new Set([...shown].filter((id) => id !== jobId)));
  }, [jobId]);
}

export function useIsShownInPlace(jobId: string): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => shown.has(jobId),
  );
}
