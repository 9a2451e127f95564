import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isDayKey, presetRange, type DayKey } from '../../lib/dates';
import { ID_PATTERN } from '../../clockify/schemas';

export interface EntriesUrlState {
  from: DayKey;
  to: DayKey;
  project: string | null;
  q: string | null;
  /** True when from/to came from the URL rather than the default. */
  explicitRange: boolean;
}

/** The URL carries range and filters so a manager can share a link. Bad values fall back to defaults. */
export function useEntriesParams(timeZone: string, weekStart: string) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<EntriesUrlState>(() => {
    const from = params.get('from');
    const to = params.get('to');
    const valid = isDayKey(from) && isDayKey(to) && from <= to;
    const range = valid ? { from: from!, to: to! } : presetRange('this-week', new Date(), timeZone, weekStart);
    const project = params.get('project');
    const q = params.get('q')?.slice(0, 200) || null;
    return {
      from: range.from,
      to: range.to,
      project: project && ID_PATTERN.test(project) ? project : null,
      q,
      explicitRange: valid,
    };
  }, [params, timeZone, weekStart]);

  const update = useCallback(
    (patch: Partial<Omit<EntriesUrlState, 'explicitRange'>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v == null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [state, update] as const;
}
