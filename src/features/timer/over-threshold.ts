/** The "Over 8 h" threshold: a setting per workspace, kept in this browser (localStorage). */
import { useState } from 'react';

export const DEFAULT_THRESHOLD_HOURS = 8;
const key = (workspaceId: string) => `timekeeper.overThresholdHours.${workspaceId}`;

export function readThreshold(workspaceId: string): number {
  try {
    const v = Number(localStorage.getItem(key(workspaceId)));
    return Number.isFinite(v) && v > 0 && v <= 240 ? v : DEFAULT_THRESHOLD_HOURS;
  } catch {
    return DEFAULT_THRESHOLD_HOURS;
  }
}

export function useThreshold(workspaceId: string): [number, (hours: number) => void] {
  const [state, setState] = useState(() => ({ workspaceId, hours: readThreshold(workspaceId) }));
  const hours = state.workspaceId === workspaceId ? state.hours : readThreshold(workspaceId);
  const set = (next: number) => {
    if (!(Number.isFinite(next) && next > 0 && next <= 240)) return;
    try {
      localStorage.setItem(key(workspaceId), String(next));
    } catch {
      // Private mode or full storage: the setting lasts for this page only.
    }
    setState({ workspaceId, hours: next });
  };
  return [hours, set];
}
