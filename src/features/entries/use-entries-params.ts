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
  /** The URL's from/to when they are there but not a range the page can read (shown instead: the default). */
  ignoredRange: { from: string | null; to: string | null } | null;
}

/** What a change to the page's range or filters sets in the URL (null or '' removes it). */
export type EntriesUrlPatch = Partial<Pick<EntriesUrlState, 'from' | 'to' | 'project' | 'q'>>;

/**
 * What an entries URL's query says, read the one way the page and its prefetch both use: the
 * range only when it is whole and valid (else null: the page picks one in the member's zone),
 * the project only when it is an id, the search cut to 200 characters.
 */
export function readEntriesUrl(params: URLSearchParams): { range: { from: DayKey; to: DayKey } | null; project: string | null; q: string | null } {
  const from = params.get('from');
  const to = params.get('to');
  const project = params.get('project');
  return {
    range: isDayKey(from) && isDayKey(to) && from <= to ? { from, to } : null,
    project: project && ID_PATTERN.test(project) ? project : null,
    q: params.get('q')?.slice(0, 200) || null,
  };
}

/** The range an entries URL without one shows: this week on the member's calendar. */
export function defaultRange(now: Date, timeZone: string, weekStart: string): { from: DayKey; to: DayKey } {
  return presetRange('this-week', now, timeZone, weekStart);
}

/** The URL carries range and filters so a manager can share a link. Bad values fall back to defaults. */
export function useEntriesParams(timeZone: string, weekStart: string) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<EntriesUrlState>(() => {
    const { range, project, q } = readEntriesUrl(params);
    const { from, to } = range ?? defaultRange(new Date(), timeZone, weekStart);
    const asked = { from: params.get('from'), to: params.get('to') };
    const ignoredRange = range === null && (asked.from !== null || asked.to !== null) ? asked : null;
    return { from, to, project, q, explicitRange: range !== null, ignoredRange };
  }, [params, timeZone, weekStart]);

  const update = useCallback(
    (patch: EntriesUrlPatch) => {
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
