/**
 * One schema for the stop form, and the only place its rules live: the picker's wall-clock
 * value is read in the member's zone once, must be after the start and not in the future, and
 * comes out as the `Date` that is sent. The form submits the schema's output and the preview
 * shows it, so the two can't disagree. Warnings (long timers, lock date) don't block.
 */
import { z } from 'zod/mini';
import { formatDuration, pickerValueToDate } from '../../lib/dates';

export interface StopContext {
  start: Date;
  timeZone: string;
  lockDate: Date | null;
  now: () => Date;
}

export const LONG_TIMER_SECONDS = 10 * 3600;

export const STOP_MESSAGES = {
  missing: 'Pick an end time.',
  notADate: 'That is not a real date and time.',
  beforeStart: 'The end must be after the timer started.',
  inFuture: 'The end can’t be in the future.',
} as const;

/** Why an instant can't be the timer's end, or null when it can. */
function endProblem(end: Date, ctx: StopContext): string | null {
  if (end.getTime() <= ctx.start.getTime()) return STOP_MESSAGES.beforeStart;
  if (end.getTime() > ctx.now().getTime()) return STOP_MESSAGES.inFuture;
  return null;
}

export function stopFormSchema(ctx: StopContext) {
  return z.object({
    end: z.pipe(
      z.string({ error: STOP_MESSAGES.missing }).check(z.minLength(1, STOP_MESSAGES.missing)),
      z.transform((value: string, payload) => {
        const end = pickerValueToDate(value, ctx.timeZone);
        const problem = end ? endProblem(end, ctx) : STOP_MESSAGES.notADate;
        if (!end || problem) {
          payload.issues.push({ code: 'custom', message: problem ?? STOP_MESSAGES.notADate, input: value });
          return z.NEVER;
        }
        return end;
      }),
    ),
  });
}
/** What the form holds: the picker's wall-clock string. */
export type StopFormValues = z.input<ReturnType<typeof stopFormSchema>>;
/** What the form submits: the instant to send. */
export type StopFormResult = z.output<ReturnType<typeof stopFormSchema>>;

/** The end the schema accepts for `value`, or null: what the preview shows. */
export function parseStopEnd(schema: ReturnType<typeof stopFormSchema>, value: string): Date | null {
  const result = schema.safeParse({ end: value });
  return result.success ? result.data.end : null;
}

export function stopWarnings(end: Date | null, ctx: Pick<StopContext, 'start' | 'lockDate'>): string[] {
  if (!end || end <= ctx.start) return [];
  const warnings: string[] = [];
  const seconds = (end.getTime() - ctx.start.getTime()) / 1000;
  if (seconds > LONG_TIMER_SECONDS) {
    warnings.push(`This entry will be ${formatDuration(seconds)} long — more than 10 hours. Check the end time.`);
  }
  if (ctx.lockDate && end < ctx.lockDate) {
    warnings.push('The end falls before the workspace lock date: only owners and admins may save it.');
  }
  return warnings;
}
