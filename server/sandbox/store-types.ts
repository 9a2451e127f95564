/** Row shapes of the sandbox database (snake_case, epoch seconds, 0/1 booleans). */
export type Role = 'OWNER' | 'WORKSPACE_ADMIN' | 'TEAM_MANAGER' | 'PROJECT_MANAGER' | 'USER';

export interface WorkspaceRow {
  id: string;
  ord: number;
  name: string;
  currency: string;
  hourly_rate: number;
  lock_at: number | null;
  force_projects: number;
  force_description: number;
  force_tags: number;
  force_tasks: number;
  week_start: string;
}

export interface UserRow {
  id: string;
  ord: number;
  email: string;
  name: string;
  time_zone: string;
  week_start: string;
  date_format: string;
  time_format: string;
  default_workspace: string;
  profile_picture: string;
  status: string;
}

export interface MembershipRow {
  workspace_id: string;
  user_id: string;
  ord: number;
  role: Role;
  hourly_rate: number;
  cost_rate: number | null;
}

export interface TeamRow {
  workspace_id: string;
  manager_id: string;
  member_id: string;
}

export interface ClientRow {
  id: string;
  workspace_id: string;
  ord: number;
  name: string;
  archived: number;
}

export interface ProjectRow {
  id: string;
  workspace_id: string;
  ord: number;
  name: string;
  color: string;
  client_id: string | null;
  archived: number;
  billable: number;
  public: number;
  hourly_rate: number | null;
}

export interface TaskRow {
  id: string;
  workspace_id: string;
  project_id: string;
  ord: number;
  name: string;
  status: string;
  /** Comma-joined ids ('' when none). */
  assignee_ids: string;
}

export interface TagRow {
  id: string;
  workspace_id: string;
  ord: number;
  name: string;
  archived: number;
}

export interface CustomFieldRow {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
}

export interface EntryRow {
  id: string;
  workspace_id: string;
  user_id: string;
  start_at: number;
  end_at: number | null;
  description: string;
  billable: number;
  project_id: string | null;
  task_id: string | null;
  /** Comma-joined tag ids, NULL when none (the wire says `tagIds: null`, never `[]`). */
  tag_ids: string | null;
  type: string;
  /** JSON array of custom field values, NULL when none. */
  custom_fields: string | null;
}

export interface ApiKeyRow {
  key: string;
  user_id: string;
}

/** Everything a seed (or a test fixture) writes into an empty database. */
export interface SeedData {
  workspaces: WorkspaceRow[];
  users: UserRow[];
  apiKeys: ApiKeyRow[];
  memberships: MembershipRow[];
  teams: TeamRow[];
  clients: ClientRow[];
  projects: ProjectRow[];
  tasks: TaskRow[];
  tags: TagRow[];
  customFields: CustomFieldRow[];
  entries: EntryRow[];
}
