/**
 * The project's own schemas for the subset of Clockify API v1 it uses.
 * Raw (`Wire*`) types describe JSON as it crosses the network; the parsers turn it into
 * clean app types at the edge (Dates, `[]` instead of null, seconds instead of ISO durations).
 * The sandbox server imports the same definitions so the wire format has one source.
 * `zod/mini`: the same checks as zod's classic API, built from functions the bundler can drop
 * when unused (about a third of the bytes on the first screen).
 */
import { z } from 'zod/mini';

// zod 4 probes `new Function('')` to decide on compiled parsers; under the app's CSP
// (script-src 'self', no 'unsafe-eval') that probe is refused and reported as a violation.
// Jitless parsing needs no eval and is fast enough here (a few ms per 1,000 entries).
z.config({ jitless: true });

export const ID_PATTERN = /^[0-9a-f]{24}$/;
export const idSchema = z.string().check(z.regex(ID_PATTERN, 'must be a 24-character hex id'));

/** `yyyy-MM-ddTHH:mm:ssZ`, milliseconds tolerated (Clockify accepts them on writes). */
export const WIRE_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
export const wireInstantSchema = z
  .string()
  .check(
    z.regex(WIRE_INSTANT_PATTERN, 'must look like 2026-11-22T17:30:00Z'),
    z.refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time'),
  );

export const ROLES = ['OWNER', 'WORKSPACE_ADMIN', 'TEAM_MANAGER', 'PROJECT_MANAGER', 'USER'] as const;
export type Role = (typeof ROLES)[number];

const userSettingsSchema = z.looseObject({
  timeZone: z.pipe(z.nullish(z.string()), z.transform((v) => v || 'UTC')),
  weekStart: z.pipe(z.nullish(z.string()), z.transform((v) => v || 'MONDAY')),
  dateFormat: z.nullish(z.string()),
  timeFormat: z.pipe(z.nullish(z.string()), z.transform((v) => (v === 'HOUR12' ? 'HOUR12' : 'HOUR24'))),
});

export const userSchema = z.looseObject({
  id: z.string(),
  email: z.pipe(z.nullish(z.string()), z.transform((v) => v ?? '')),
  name: z.pipe(z.nullish(z.string()), z.transform((v) => v ?? '')),
  activeWorkspace: z.nullish(z.string()),
  defaultWorkspace: z.nullish(z.string()),
  status: z.nullish(z.string()),
  settings: z.pipe(
    z.nullish(userSettingsSchema),
    z.transform((s) => s ?? { timeZone: 'UTC', weekStart: 'MONDAY', dateFormat: null, timeFormat: 'HOUR24' as const }),
  ),
});
export type User = z.output<typeof userSchema>;

/** A workspace member as listed by `GET /workspaces/{wid}/users` (`include-roles=true` adds `roles`). */
export const memberSchema = z.extend(userSchema, {
  roles: z.pipe(
    z.nullish(z.array(z.looseObject({ role: z.string() }))),
    z.transform((r) => (r ?? []).map((x) => x.role)),
  ),
});
export type Member = z.output<typeof memberSchema>;

export const workspaceSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  workspaceSettings: z.pipe(
    z.nullish(
      z.looseObject({
        lockTimeEntries: z.pipe(z.nullish(z.string()), z.transform((v) => (v ? new Date(v) : null))),
        forceProjects: z.nullish(z.boolean()),
        forceTasks: z.nullish(z.boolean()),
        forceTags: z.nullish(z.boolean()),
        forceDescription: z.nullish(z.boolean()),
        onlyAdminsSeeAllTimeEntries: z.nullish(z.boolean()),
        weekStart: z.nullish(z.string()),
      }),
    ),
    z.transform((s) => ({
      lockTimeEntries: s?.lockTimeEntries ?? null,
      forceProjects: !!s?.forceProjects,
      forceTasks: !!s?.forceTasks,
      forceTags: !!s?.forceTags,
      forceDescription: !!s?.forceDescription,
      weekStart: s?.weekStart ?? null,
    })),
  ),
});
export type Workspace = z.output<typeof workspaceSchema>;

export const clientSchema = z.looseObject({ id: z.string(), name: z.string(), archived: z.nullish(z.boolean()) });
export type Client = z.output<typeof clientSchema>;

export const projectSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  color: z.pipe(z.nullish(z.string()), z.transform((c) => c || '#868e96')),
  clientId: z.pipe(z.nullish(z.string()), z.transform((v) => v || null)),
  clientName: z.pipe(z.nullish(z.string()), z.transform((v) => v || null)),
  archived: z.pipe(z.nullish(z.boolean()), z.transform((v) => !!v)),
  billable: z.nullish(z.boolean()),
});
export type Project = z.output<typeof projectSchema>;

export const tagSchema = z.looseObject({ id: z.string(), name: z.string(), archived: z.nullish(z.boolean()) });
export type Tag = z.output<typeof tagSchema>;

export const taskSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  status: z.nullish(z.string()),
});
export type Task = z.output<typeof taskSchema>;

/** ISO-8601 duration (`PT1H30M`, `P1DT2H`, `PT0S`) → seconds; null when absent or unparseable. */
export function parseIsoDuration(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m) return null;
  const [, d, h, min, s] = m;
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Math.round(Number(s ?? 0));
}

/** Seconds → ISO-8601 duration the way Clockify writes it (`PT0S`, `PT1H30M`, days folded into hours). */
export function formatIsoDuration(totalSeconds: number): string {
  const secs = Math.max(0, Math.floor(totalSeconds));
  if (secs === 0) return 'PT0S';
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

export const ENTRY_TYPES = ['REGULAR', 'BREAK', 'HOLIDAY', 'TIME_OFF'] as const;

const rateSchema = z.nullish(z.looseObject({ amount: z.number(), currency: z.nullish(z.string()) }));

export const customFieldValueSchema = z.looseObject({
  customFieldId: z.string(),
  timeEntryId: z.nullish(z.string()),
  value: z.unknown(),
  name: z.nullish(z.string()),
  type: z.nullish(z.string()),
});

export const timeEntrySchema = z.pipe(
  z.looseObject({
    id: z.string(),
    description: z.nullish(z.string()),
    billable: z.nullish(z.boolean()),
    projectId: z.nullish(z.string()),
    taskId: z.nullish(z.string()),
    tagIds: z.nullish(z.array(z.string())),
    userId: z.string(),
    workspaceId: z.string(),
    timeInterval: z.object({
      start: z.string(),
      end: z.nullish(z.string()),
      duration: z.nullish(z.string()),
    }),
    isLocked: z.nullish(z.boolean()),
    type: z.nullish(z.string()),
    kioskId: z.nullish(z.string()),
    customFieldValues: z.nullish(z.array(customFieldValueSchema)),
    hourlyRate: rateSchema,
    costRate: rateSchema,
  }),
  z.transform((e) => {
    const start = new Date(e.timeInterval.start);
    const end = e.timeInterval.end ? new Date(e.timeInterval.end) : null;
    return {
      id: e.id,
      description: e.description ?? '',
      billable: !!e.billable,
      projectId: e.projectId || null,
      taskId: e.taskId || null,
      tagIds: e.tagIds ?? [],
      userId: e.userId,
      workspaceId: e.workspaceId,
      start,
      end,
      /** Elapsed seconds computed from start/end (the ISO duration is only a fallback). */
      durationSeconds: end
        ? Math.round((end.getTime() - start.getTime()) / 1000)
        : parseIsoDuration(e.timeInterval.duration),
      isLocked: !!e.isLocked,
      type: e.type ?? 'REGULAR',
      customFieldValues: (e.customFieldValues ?? []).map((c) => ({ customFieldId: c.customFieldId, value: c.value })),
      hourlyRate: e.hourlyRate ?? null,
    };
  }),
);
export type TimeEntry = z.output<typeof timeEntrySchema>;

/**
 * The list-row parse path: a time entry checked by hand, field by field against exactly the
 * rules of `timeEntrySchema`, and built into the same output — several times cheaper than the
 * generic parser on the 1,000 rows of every page. Anything the fast check does not accept
 * goes through `timeEntrySchema` itself, so bad data fails (or odd-but-valid data passes)
 * exactly as it would there (see schemas.test.ts).
 */
export const timeEntryRowParser = {
  safeParse(raw: unknown): { success: true; data: TimeEntry } | { success: false } {
    const data = fastTimeEntry(raw);
    if (data) return { success: true, data };
    const parsed = timeEntrySchema.safeParse(raw);
    return parsed.success ? { success: true, data: parsed.data } : { success: false };
  },
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown) => v == null || typeof v === 'string';
const optBool = (v: unknown) => v == null || typeof v === 'boolean';
const optRate = (v: unknown) => v == null || (isObj(v) && typeof v.amount === 'number' && Number.isFinite(v.amount) && optStr(v.currency));

function fastTimeEntry(raw: unknown): TimeEntry | null {
  if (!isObj(raw)) return null;
  const e = raw;
  const ti = e.timeInterval;
  if (typeof e.id !== 'string' || typeof e.userId !== 'string' || typeof e.workspaceId !== 'string') return null;
  if (!optStr(e.description) || !optBool(e.billable) || !optStr(e.projectId) || !optStr(e.taskId)) return null;
  if (!optBool(e.isLocked) || !optStr(e.type) || !optStr(e.kioskId) || !optRate(e.hourlyRate) || !optRate(e.costRate)) return null;
  if (!isObj(ti) || typeof ti.start !== 'string' || !optStr(ti.end) || !optStr(ti.duration)) return null;
  const tagIds = e.tagIds;
  if (tagIds != null && !(Array.isArray(tagIds) && tagIds.every((t) => typeof t === 'string'))) return null;
  const cfv = e.customFieldValues;
  if (cfv != null) {
    if (!Array.isArray(cfv)) return null;
    for (const c of cfv) {
      if (!isObj(c) || !('value' in c) || typeof c.customFieldId !== 'string' || !optStr(c.timeEntryId) || !optStr(c.name) || !optStr(c.type)) return null;
    }
  }
  const start = new Date(ti.start);
  const end = ti.end ? new Date(ti.end) : null;
  const rate = e.hourlyRate as { amount: number; currency?: string | null } | null | undefined;
  return {
    id: e.id,
    description: (e.description as string | null | undefined) ?? '',
    billable: !!e.billable,
    projectId: (e.projectId as string | null | undefined) || null,
    taskId: (e.taskId as string | null | undefined) || null,
    tagIds: (tagIds as string[] | null | undefined) ? [...(tagIds as string[])] : [],
    userId: e.userId,
    workspaceId: e.workspaceId,
    start,
    end,
    durationSeconds: end ? Math.round((end.getTime() - start.getTime()) / 1000) : parseIsoDuration(ti.duration as string | null | undefined),
    isLocked: !!e.isLocked,
    type: (e.type as string | null | undefined) ?? 'REGULAR',
    customFieldValues: ((cfv as Record<string, unknown>[] | null | undefined) ?? []).map((c) => ({ customFieldId: c.customFieldId as string, value: c.value })),
    hourlyRate: rate ? { ...rate } : null,
  };
}

/** `PATCH /workspaces/{wid}/user/{uid}/time-entries` — stop the running timer. */
export const stopTimerRequestSchema = z.object({ end: wireInstantSchema });
export type StopTimerRequest = z.infer<typeof stopTimerRequestSchema>;

/** `POST …/time-entries` (create; the console uses it to restore deleted entries). */
export const createEntryRequestSchema = z.object({
  start: wireInstantSchema,
  end: z.nullish(wireInstantSchema),
  billable: z.optional(z.boolean()),
  description: z.optional(z.string().check(z.maxLength(3000))),
  projectId: z.nullish(idSchema),
  taskId: z.nullish(idSchema),
  tagIds: z.nullish(z.array(idSchema).check(z.maxLength(100))),
  type: z.optional(z.enum(ENTRY_TYPES)),
  customFields: z.optional(
    z.array(z.object({ customFieldId: idSchema, sourceType: z.optional(z.string()), value: z.unknown() })).check(z.maxLength(50)),
  ),
});
export type CreateEntryRequest = z.infer<typeof createEntryRequestSchema>;

/** `PUT /workspaces/{wid}/time-entries/{id}` — same fields as create; `start` required. */
export const updateEntryRequestSchema = createEntryRequestSchema;
