/**
 * "Stop N timers": one rule, applied to each timer in its member's own zone. Pure: the dialog
 * previews exactly what `planStops` returns, and sends exactly those ends.
 */
import type { TimeEntry } from '../../clockify/schemas';
import { addElapsedHours, atLocalTimeOnDay, endOfDayInZone, formatInZone, truncateToSecond } from '../../lib/dates';

export type EndRule =
  | { kind: 'now' }
  | { kind: 'start-plus'; hours: number }
  | { kind: 'end-of-start-day' }
  | { kind: 'local-time'; time: string };

export const END_RULE_LABELS: Record<EndRule['kind'], string> = {
  now: 'Now',
  'start-plus': 'Start + hours',
  'end-of-start-day': 'End of the start day',
  'local-time': 'Local time on the start day',
};

export interface PlanContext {
  now: Date;
  lockDate: Date | null;
  /** Owners and workspace admins are not bound by the lock date. */
  mayChangeLocked: boolean;
}

export interface TimerToStop {
  entry: TimeEntry;
  memberName: string;
  timeZone: string;
}

export type PlannedStop<T extends TimerToStop = TimerToStop> = T & {
  end: Date | null;
  /** Why this timer is left out; null when it will be stopped. */
  invalid: string | null;
};

export const MAX_RULE_HOURS = 24 * 14;

export function ruleEnd(rule: EndRule, start: Date, timeZone: string, now: Date): Date | null {
  switch (rule.kind) {
    case 'now':
      return truncateToSecond(now);
    case 'start-plus':
      return Number.isFinite(rule.hours) && rule.hours > 0 && rule.hours <= MAX_RULE_HOURS ? addElapsedHours(start, rule.hours) : null;
    case 'end-of-start-day':
      return endOfDayInZone(start, timeZone);
    case 'local-time':
      return atLocalTimeOnDay(start, rule.time, timeZone);
  }
}

export function planStop<T extends TimerToStop>(timer: T, rule: EndRule, ctx: PlanContext): PlannedStop<T> {
  const { entry, timeZone } = timer;
  const end = ruleEnd(rule, entry.start, timeZone, ctx.now);
  const out = (invalid: string | null): PlannedStop<T> => ({ ...timer, end, invalid });
  if (!end) {
    return out(rule.kind === 'start-plus' ? `Hours must be more than 0 and at most ${MAX_RULE_HOURS}.` : 'Enter a time of day such as 18:00.');
  }
  if (end.getTime() <= entry.start.getTime()) return out('The end would not be after the start.');
  if (end.getTime() > ctx.now.getTime()) return out('The end would be in the future.');
  if (!ctx.mayChangeLocked && ctx.lockDate && (entry.start < ctx.lockDate || end < ctx.lockDate)) {
    return out(`In the locked period (before ${formatInZone(ctx.lockDate, timeZone, 'd MMM yyyy')}): only owners and admins may change it.`);
  }
  return out(null);
}

export function planStops<T extends TimerToStop>(timers: T[], rule: EndRule, ctx: PlanContext): PlannedStop<T>[] {
  return timers.map((t) => planStop(t, rule, ctx));
}
