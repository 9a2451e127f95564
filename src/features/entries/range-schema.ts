import { z } from 'zod/mini';
import { daysInRange, isDayKey } from '../../lib/dates';

export const MAX_RANGE_DAYS = 5 * 366;

/** The custom From/To range: real days, in order, at most five years. Errors land on the field they concern. */
export const rangeSchema = z
  .object({
    from: z.nullable(z.string()),
    to: z.nullable(z.string()),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (!isDayKey(v.from)) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Enter a real start date.' });
      if (!isDayKey(v.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Enter a real end date.' });
      if (!isDayKey(v.from) || !isDayKey(v.to)) return;
      if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'The start must be on or before the end.' });
      else if (daysInRange(v.from, v.to) > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Pick at most five years.' });
    }),
  );

export type RangeValues = z.input<typeof rangeSchema>;
