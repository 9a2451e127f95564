/**
 * One schema for the stop form: the picker's wall-clock value, read in the member's zone,
 * must be after the start and not in the future. Warnings (long timers, lock date) don't block.
 */
import { z } from 'zod';
import { pickerValueToDate, formatDuration } from '../../lib/dates';

export interface StopContext {
  start: Date;
  timeZone: string;
  lockDate: Date | null;
  now: () => Date;
}

export const LONG_TIMER_SECONDS = 10 * 3600;

export function stopFormSchema(ctx: StopContext) {
  return z.object({
    end: z
      .string({ error: 'Pick an end time.' })
      .min(1, 'Pick an end time.')
      .superRefine((value, issue) => {
        const end = pickerValueToDate(value, ctx.timeZone);
        if (!end) {
          issue.addIssue({ code: 'custom', message: 'That is not a real date and time.' });
          return;
        }
        if (end.getTime() <= ctx.start.getTime()) {
          issue.addIssue({ code: 'custom', message: 'The end must be after the timer started.' });
        } else if (end.getTime() > ctx.now().getTime()) {
          issue.addIssue({ code: 'custom', message: 'The end can’t be in the future.' });
        }
      }),
  });
}
export type StopFormValues = z.infer<ReturnType<typeof stopFormSchema>>;

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
