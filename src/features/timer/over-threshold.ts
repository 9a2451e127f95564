/** The "Over 8 h" threshold: a setting per workspace, kept in this browser (localStorage). */
import { useState } from 'react';

export const DEFAULT_THRESHOLD_HOURS = 8;
export const THRESHOLD_MIN = 0.5;
export const THRESHOLD_MAX = 240;
export const isThreshold = (v: number) => Number.isFinite(v) && v >= THRESHOLD_MIN && v <= THRESHOLD_MAX;
const key = (workspaceId: string) => `timekeeper.overThresholdHours.${workspaceId}`;

export function readThreshold(workspaceId: string): number {
  try {
    const v = Number(localStorage.getItem(key(workspaceId)));
    return isThreshold(v) ? v : DEFAULT_THRESHOLD_HOURS;
  } catch {
    return DEFAULT_THRESHOLD_HOURS;
  }
}

export function useThreshold(workspaceId: string): [number, (hours: number) => void] {
  const [state, setState] = useState(() => ({ workspaceId, hours: readThreshold(workspaceId) }));
  const hours = state.workspaceId === workspaceId ? state.hours : readThreshold(workspaceId);
  const set = (next: number) => {
    if (!isThreshold(next)) return;
    try {
      localStorage.setItem(key(workspaceId), String(next));
    } catch {
      // Private mode or full storage: the setting lasts for this page only.
    }
    setState({ workspaceId, hours: next });
  };
  return [hours, set];
}
