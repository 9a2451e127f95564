/** Row → wire JSON in Clockify's shapes (nulls where Clockify sends nulls). */
import { formatIsoDuration } from '../../src/clockify/schemas';
import { readStoredCustomFields } from './custom-fields';
import type {
  ClientRow, EntryRow, MembershipRow, ProjectRow, TagRow, TaskRow, UserRow, WorkspaceRow,
} from './store-types';
import { formatInstant } from './time';

export function timeInterval(row: EntryRow) {
  return {
    start: formatInstant(row.start_at),
    end: row.end_at === null ? null : formatInstant(row.end_at),
    duration: row.end_at === null ? null : formatIsoDuration(row.end_at - row.start_at),
  };
}

/** `TimeEntryDtoImplV1` (what writes return). */
export function entryDto(row: EntryRow, lockAt: number | null) {
  return {
    id: row.id,
    description: row.description,
    tagIds: row.tag_ids ? row.tag_ids.split(',') : null,
    userId: row.user_id,
    billable: row.billable === 1,
    taskId: row.task_id,
    projectId: row.project_id,
    workspaceId: row.workspace_id,
    timeInterval: timeInterval(row),
    customFieldValues: row.custom_fields ? readStoredCustomFields(row.custom_fields) : [],
    type: row.type,
    kioskId: null,
    isLocked: lockAt !== null && row.start_at < lockAt,
  };
}

export interface Rate {
  amount: number;
  currency: string;
}

/** Resolves rates from in-memory maps: no per-row queries. */
export interface RateContext {
  currency: string;
  memberships: Map<string, MembershipRow>;
  projects: Map<string, ProjectRow>;
}

/** Builds `TimeEntryWithRatesDtoV1` rows (lists and single reads); rate objects are shared per member/project. */
export function entryWithRatesSerializer(lockAt: number | null, rates: RateContext) {
  const rate = (amount: number): Rate => ({ amount, currency: rates.currency });
  const memberRates = new Map(
    [...rates.memberships.values()].map((m) => [m.user_id, { hourly: rate(m.hourly_rate), cost: m.cost_rate === null ? null : rate(m.cost_rate) }]),
  );
  const projectRates = new Map([...rates.projects.values()].filter((p) => p.hourly_rate !== null).map((p) => [p.id, rate(p.hourly_rate!)]));
  const noRate = rate(0);
  return (row: EntryRow) => {
    const m = memberRates.get(row.user_id);
    return {
      ...entryDto(row, lockAt),
      hourlyRate: (row.project_id ? projectRates.get(row.project_id) : undefined) ?? m?.hourly ?? noRate,
      costRate: m?.cost ?? null,
    };
  };
}

export function projectDto(p: ProjectRow, clients: Map<string, ClientRow>, currency: string) {
  return {
    id: p.id,
    name: p.name,
    hourlyRate: p.hourly_rate === null ? null : { amount: p.hourly_rate, currency },
    clientId: p.client_id ?? '',
    workspaceId: p.workspace_id,
    billable: p.billable === 1,
    memberships: [],
    color: p.color,
    estimate: { estimate: 'PT0S', type: 'AUTO' },
    archived: p.archived === 1,
    duration: null,
    clientName: p.client_id ? (clients.get(p.client_id)?.name ?? '') : '',
    note: '',
    costRate: null,
    timeEstimate: null,
    budgetEstimate: null,
    template: false,
    public: p.public === 1,
  };
}

export function taskDto(t: TaskRow) {
  return {
    id: t.id,
    name: t.name,
    projectId: t.project_id,
    assigneeIds: t.assignee_ids ? t.assignee_ids.split(',') : [],
    assigneeId: null,
    userGroupIds: [],
    estimate: 'PT0S',
    status: t.status,
    duration: null,
    billable: true,
    hourlyRate: null,
    costRate: null,
  };
}

export const tagDto = (t: TagRow) => ({ id: t.id, name: t.name, workspaceId: t.workspace_id, archived: t.archived === 1 });
export const clientDto = (c: ClientRow) => ({
  id: c.id, name: c.name, email: null, workspaceId: c.workspace_id, archived: c.archived === 1, address: null, note: null,
  currencyId: null, currencyCode: null, ccEmails: null,
});

export function membershipDto(m: MembershipRow, currency: string) {
  return {
    userId: m.user_id,
    hourlyRate: { amount: m.hourly_rate, currency },
    costRate: m.cost_rate === null ? null : { amount: m.cost_rate, currency },
    targetId: m.workspace_id,
    membershipType: 'WORKSPACE',
    membershipStatus: 'ACTIVE',
  };
}

export function userDto(u: UserRow, activeWorkspace: string) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    profilePicture: u.profile_picture,
    activeWorkspace,
    defaultWorkspace: u.default_workspace,
    settings: {
      weekStart: u.week_start,
      timeZone: u.time_zone,
      timeFormat: u.time_format,
      dateFormat: u.date_format,
      isCompactViewOn: false,
      dashboardSelection: 'ME',
      dashboardViewType: 'PROJECT',
      dashboardPinToTop: false,
      projectListCollapse: null,
      collapseAllProjectLists: false,
      groupSimilarEntriesDisabled: false,
      myStartOfDay: '09:00',
      lang: 'EN',
      // Clockify sends DARK or DEFAULT (never LIGHT).
      theme: 'DEFAULT',
    },
    status: u.status,
    customFields: [],
  };
}

export function workspaceDto(w: WorkspaceRow, memberships: MembershipRow[]) {
  return {
    id: w.id,
    name: w.name,
    hourlyRate: { amount: w.hourly_rate, currency: w.currency },
    costRate: { amount: 0, currency: w.currency },
    memberships: memberships.map((m) => membershipDto(m, w.currency)),
    workspaceSettings: {
      timeRoundingInReports: false,
      onlyAdminsSeeBillableRates: true,
      onlyAdminsCreateProject: true,
      onlyAdminsSeeDashboard: false,
      defaultBillableProjects: true,
      lockTimeEntries: w.lock_at === null ? null : formatInstant(w.lock_at),
      lockTimeZone: null,
      round: { round: 'Round to nearest', minutes: '15' },
      projectFavorites: true,
      canSeeTimeSheet: true,
      canSeeTracker: true,
      projectPickerSpecialFilter: false,
      forceProjects: w.force_projects === 1,
      forceTasks: w.force_tasks === 1,
      forceTags: w.force_tags === 1,
      forceDescription: w.force_description === 1,
      onlyAdminsSeeAllTimeEntries: false,
      onlyAdminsSeePublicProjectsEntries: false,
      trackTimeDownToSecond: true,
      projectGroupingLabel: 'client',
      adminOnlyPages: [],
      automaticLock: null,
      onlyAdminsCreateTag: false,
      onlyAdminsCreateTask: false,
      timeTrackingMode: 'DEFAULT',
      isProjectPublicByDefault: true,
      weekStart: w.week_start,
    },
    imageUrl: '',
    featureSubscriptionType: 'PRO',
    currencies: [{ id: `${w.id.slice(0, 16)}00000000`, code: w.currency, isDefault: true }],
  };
}
