/**
 * The sandbox's own reading of Clockify's request bodies — from Clockify's published
 * `CreateTimeEntryRequest` / `UpdateTimeEntryRequest` / `StopTimeEntryRequest` and recorded
 * traffic, not from the console's schemas (a wrong idea of the wire in the console must not
 * be mirrored here). Shared with `src/` are only plain constants: the id and instant patterns.
 */
import { z } from 'zod';
import { ID_PATTERN, WIRE_INSTANT_PATTERN } from '../../src/clockify/schemas';
import { MAX_CUSTOM_FIELDS_PER_ENTRY } from './custom-fields';

const id = z.string().regex(ID_PATTERN, 'must be a 24-character hex id');
const instant = z.string().regex(WIRE_INSTANT_PATTERN, 'must look like 2026-11-22T17:30:00Z');

export const ENTRY_TYPES = ['REGULAR', 'BREAK', 'HOLIDAY', 'TIME_OFF'] as const;
export const CUSTOM_FIELD_SOURCES = ['WORKSPACE', 'PROJECT', 'TIMEENTRY'] as const;

/** `PATCH …/user/{uid}/time-entries`: `end` required (milliseconds accepted). */
export const stopRequest = z.object({ end: instant });

/** `POST …/time-entries` and `PUT …/time-entries/{id}`: unknown fields ignored, like Jackson. */
export const entryRequest = z.object({
  start: instant,
  end: instant.nullish(),
  billable: z.boolean().nullish(),
  description: z.string().max(3000).nullish(),
  projectId: id.nullish(),
  taskId: id.nullish(),
  tagIds: z.array(id).max(100).nullish(),
  type: z.enum(ENTRY_TYPES).nullish(),
  customFields: z
    .array(z.object({ customFieldId: id, sourceType: z.enum(CUSTOM_FIELD_SOURCES).nullish(), value: z.unknown() }))
    .max(MAX_CUSTOM_FIELDS_PER_ENTRY)
    .nullish(),
});
export type EntryRequest = z.output<typeof entryRequest>;
