/**
 * SQLite persistence (better-sqlite3, synchronous). Synchronous calls mean each request's
 * reads and writes run without interleaving, and every multi-row write is wrapped in one
 * transaction, so concurrent HTTP requests cannot leave the database half-updated.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ClientRow,
  CustomFieldRow,
  EntryRow,
  MembershipRow,
  ProjectRow,
  SeedData,
  TagRow,
  TaskRow,
  UserRow,
  WorkspaceRow,
} from './store-types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL, currency TEXT NOT NULL,
  hourly_rate INTEGER NOT NULL, lock_at INTEGER, force_projects INTEGER NOT NULL,
  force_description INTEGER NOT NULL, force_tags INTEGER NOT NULL, force_tasks INTEGER NOT NULL,
  week_start TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, email TEXT NOT NULL, name TEXT NOT NULL,
  time_zone TEXT NOT NULL, week_start TEXT NOT NULL, date_format TEXT NOT NULL,
  time_format TEXT NOT NULL, default_workspace TEXT NOT NULL, profile_picture TEXT NOT NULL,
  status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS api_keys (key TEXT PRIMARY KEY, user_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memberships (
  workspace_id TEXT NOT NULL, user_id TEXT NOT NULL, ord INTEGER NOT NULL, role TEXT NOT NULL,
  hourly_rate INTEGER NOT NULL, cost_rate INTEGER, PRIMARY KEY (workspace_id, user_id));
CREATE INDEX IF NOT EXISTS memberships_by_user ON memberships (user_id);
CREATE TABLE IF NOT EXISTS teams (
  workspace_id TEXT NOT NULL, manager_id TEXT NOT NULL, member_id TEXT NOT NULL,
  PRIMARY KEY (workspace_id, manager_id, member_id));
CREATE TABLE IF NOT EXISTS clients (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
  archived INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS projects (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
  color TEXT NOT NULL, client_id TEXT, archived INTEGER NOT NULL, billable INTEGER NOT NULL,
  public INTEGER NOT NULL, hourly_rate INTEGER);
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, project_id TEXT NOT NULL, ord INTEGER NOT NULL,
  name TEXT NOT NULL, status TEXT NOT NULL, assignee_ids TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tags (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
  archived INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS custom_fields (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, user_id TEXT NOT NULL,
  start_at INTEGER NOT NULL, end_at INTEGER, description TEXT NOT NULL, billable INTEGER NOT NULL,
  project_id TEXT, task_id TEXT, tag_ids TEXT, type TEXT NOT NULL, custom_fields TEXT);
CREATE INDEX IF NOT EXISTS entries_by_user_start ON entries (workspace_id, user_id, start_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS entries_running ON entries (workspace_id, start_at DESC) WHERE end_at IS NULL;
`;

const TABLES = [
  'workspaces', 'users', 'api_keys', 'memberships', 'teams', 'clients', 'projects', 'tasks', 'tags',
  'custom_fields', 'entries',
] as const;

export interface EntryFilter {
  workspaceId: string;
  userId: string;
  from?: number;
  to?: number;
  /** Exclusive upper bound on the start (`get-week-before`). */
  before?: number;
  /** Already lower-cased (JS `toLowerCase`, so non-ASCII letters fold too). */
  description?: string;
  projectId?: string;
  taskId?: string;
  tagIds?: string[];
  inProgress?: boolean;
  projectRequired?: boolean;
  taskRequired?: boolean;
  /** Only entries with a project or a task (`get-week-before`). */
  projectOrTask?: boolean;
  limit: number;
  offset: number;
}

export interface DemoKey {
  name: string;
  email: string;
  role: string;
  workspaceId: string;
  workspaceName: string;
  userId: string;
  timeZone: string;
  apiKey: string;
}

export class Store {
  readonly db: Database.Database;
  private readonly listCache = new Map<string, Database.Statement>();
  private readonly s;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // SQLite's lower() folds ASCII only; descriptions are full of "Zoë"-style text.
    this.db.function('ulower', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v));
    this.db.exec(SCHEMA);
    const p = (sql: string) => this.db.prepare(sql);
    this.s = {
      countWorkspaces: p('SELECT COUNT(*) AS n FROM workspaces').pluck(),
      keyOwner: p('SELECT u.* FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.key = ?'),
      user: p('SELECT * FROM users WHERE id = ?'),
      workspace: p('SELECT * FROM workspaces WHERE id = ?'),
      workspacesOf: p('SELECT w.* FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY w.ord'),
      membership: p('SELECT * FROM memberships WHERE workspace_id = ? AND user_id = ?'),
      membershipsOfUser: p('SELECT * FROM memberships WHERE user_id = ?'),
      members: p('SELECT m.*, u.* FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ? ORDER BY m.ord'),
      membershipsOfWs: p('SELECT * FROM memberships WHERE workspace_id = ?'),
      team: p('SELECT member_id FROM teams WHERE workspace_id = ? AND manager_id = ?').pluck(),
      inTeam: p('SELECT 1 FROM teams WHERE workspace_id = ? AND manager_id = ? AND member_id = ?').pluck(),
      clients: p('SELECT * FROM clients WHERE workspace_id = ? ORDER BY ord'),
      projects: p('SELECT * FROM projects WHERE workspace_id = ? ORDER BY ord'),
      tasksOfWs: p('SELECT * FROM tasks WHERE workspace_id = ? ORDER BY ord'),
      tags: p('SELECT * FROM tags WHERE workspace_id = ? ORDER BY ord'),
      customFields: p('SELECT * FROM custom_fields WHERE workspace_id = ?'),
      entry: p('SELECT * FROM entries WHERE id = ?'),
      running: p('SELECT * FROM entries WHERE workspace_id = ? AND user_id = ? AND end_at IS NULL ORDER BY start_at DESC LIMIT 1'),
      runningInWs: p('SELECT * FROM entries WHERE workspace_id = ? AND end_at IS NULL ORDER BY start_at DESC, id DESC'),
      insertEntry: p(`INSERT INTO entries (id, workspace_id, user_id, start_at, end_at, description, billable,
        project_id, task_id, tag_ids, type, custom_fields) VALUES (@id, @workspace_id, @user_id, @start_at, @end_at,
        @description, @billable, @project_id, @task_id, @tag_ids, @type, @custom_fields)`),
      updateEntry: p(`UPDATE entries SET start_at = @start_at, end_at = @end_at, description = @description,
        billable = @billable, project_id = @project_id, task_id = @task_id, tag_ids = @tag_ids, type = @type,
        custom_fields = @custom_fields WHERE id = @id`),
      stopEntry: p('UPDATE entries SET end_at = ? WHERE id = ? AND end_at IS NULL'),
      deleteEntry: p('DELETE FROM entries WHERE id = ?'),
      countEntries: p('SELECT COUNT(*) AS n FROM entries').pluck(),
      countUsers: p('SELECT COUNT(*) AS n FROM users').pluck(),
      demoKeys: p(`SELECT u.name AS name, u.email AS email, m.role AS role, w.id AS workspaceId, w.name AS workspaceName,
        u.id AS userId, u.time_zone AS timeZone, k.key AS apiKey
        FROM memberships m JOIN workspaces w ON w.id = m.workspace_id JOIN users u ON u.id = m.user_id
        JOIN api_keys k ON k.user_id = u.id ORDER BY w.ord, m.ord`),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  hasWorkspaces(): boolean {
    return (this.s.countWorkspaces.get() as number) > 0;
  }

  counts(): { workspaces: number; users: number; entries: number } {
    return {
      workspaces: this.s.countWorkspaces.get() as number,
      users: this.s.countUsers.get() as number,
      entries: this.s.countEntries.get() as number,
    };
  }

  /** Wipes every table and writes `data`, all in one transaction. */
  replaceAll(data: SeedData): void {
    const insert = (table: string, rows: readonly object[]) => {
      if (rows.length === 0) return;
      const cols = Object.keys(rows[0]);
      const stmt = this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      for (const row of rows) stmt.run(row);
    };
    this.transaction(() => {
      for (const t of TABLES) this.db.exec(`DELETE FROM ${t}`);
      insert('workspaces', data.workspaces);
      insert('users', data.users);
      insert('api_keys', data.apiKeys);
      insert('memberships', data.memberships);
      insert('teams', data.teams);
      insert('clients', data.clients);
      insert('projects', data.projects);
      insert('tasks', data.tasks);
      insert('tags', data.tags);
      insert('custom_fields', data.customFields);
      insert('entries', data.entries);
    });
  }

  /** One row per person per workspace: main workspace first, owner first. */
  demoKeys(): DemoKey[] {
    return this.s.demoKeys.all() as DemoKey[];
  }

  keyOwner(key: string): UserRow | undefined {
    return this.s.keyOwner.get(key) as UserRow | undefined;
  }
  user(id: string): UserRow | undefined {
    return this.s.user.get(id) as UserRow | undefined;
  }
  workspace(id: string): WorkspaceRow | undefined {
    return this.s.workspace.get(id) as WorkspaceRow | undefined;
  }
  workspacesOf(userId: string): WorkspaceRow[] {
    return this.s.workspacesOf.all(userId) as WorkspaceRow[];
  }
  membership(workspaceId: string, userId: string): MembershipRow | undefined {
    return this.s.membership.get(workspaceId, userId) as MembershipRow | undefined;
  }
  membershipsOfUser(userId: string): MembershipRow[] {
    return this.s.membershipsOfUser.all(userId) as MembershipRow[];
  }
  membershipsOfWorkspace(workspaceId: string): MembershipRow[] {
    return this.s.membershipsOfWs.all(workspaceId) as MembershipRow[];
  }
  /** Members with their user rows, in workspace order (owner first). */
  members(workspaceId: string): (MembershipRow & UserRow)[] {
    return this.s.members.all(workspaceId) as (MembershipRow & UserRow)[];
  }
  teamOf(workspaceId: string, managerId: string): string[] {
    return this.s.team.all(workspaceId, managerId) as string[];
  }
  isInTeam(workspaceId: string, managerId: string, memberId: string): boolean {
    return this.s.inTeam.get(workspaceId, managerId, memberId) !== undefined;
  }
  clients(workspaceId: string): ClientRow[] {
    return this.s.clients.all(workspaceId) as ClientRow[];
  }
  projects(workspaceId: string): ProjectRow[] {
    return this.s.projects.all(workspaceId) as ProjectRow[];
  }
  tasks(workspaceId: string): TaskRow[] {
    return this.s.tasksOfWs.all(workspaceId) as TaskRow[];
  }
  tags(workspaceId: string): TagRow[] {
    return this.s.tags.all(workspaceId) as TagRow[];
  }
  customFields(workspaceId: string): CustomFieldRow[] {
    return this.s.customFields.all(workspaceId) as CustomFieldRow[];
  }

  entry(id: string): EntryRow | undefined {
    return this.s.entry.get(id) as EntryRow | undefined;
  }
  running(workspaceId: string, userId: string): EntryRow | undefined {
    return this.s.running.get(workspaceId, userId) as EntryRow | undefined;
  }
  runningInWorkspace(workspaceId: string): EntryRow[] {
    return this.s.runningInWs.all(workspaceId) as EntryRow[];
  }
  insertEntry(row: EntryRow): void {
    this.s.insertEntry.run(row);
  }
  updateEntry(row: EntryRow): void {
    this.s.updateEntry.run(row);
  }
  /** Returns false when the entry was stopped meanwhile (guards concurrent stops). */
  stopEntry(id: string, endAt: number): boolean {
    return this.s.stopEntry.run(endAt, id).changes === 1;
  }
  deleteEntry(id: string): boolean {
    return this.s.deleteEntry.run(id).changes === 1;
  }

  /** One member's entries, newest first; the SQL shape is cached per filter combination. */
  listEntries(f: EntryFilter): EntryRow[] {
    const where = ['workspace_id = ?', 'user_id = ?'];
    const args: unknown[] = [f.workspaceId, f.userId];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      args.push(value);
    };
    if (f.from !== undefined) add('start_at >= ?', f.from);
    if (f.to !== undefined) add('start_at <= ?', f.to);
    if (f.before !== undefined) add('start_at < ?', f.before);
    if (f.description !== undefined) add('instr(ulower(description), ?) > 0', f.description);
    if (f.projectId !== undefined) add('project_id = ?', f.projectId);
    if (f.taskId !== undefined) add('task_id = ?', f.taskId);
    if (f.inProgress) where.push('end_at IS NULL');
    if (f.projectRequired) where.push('project_id IS NOT NULL');
    if (f.taskRequired) where.push('task_id IS NOT NULL');
    if (f.projectOrTask) where.push('(project_id IS NOT NULL OR task_id IS NOT NULL)');
    if (f.tagIds && f.tagIds.length > 0) {
      // Any of the given tags (comma-joined storage; ids are hex so commas are safe delimiters).
      where.push(`(${f.tagIds.map(() => "instr(',' || tag_ids || ',', ?) > 0").join(' OR ')})`);
      for (const t of f.tagIds) args.push(`,${t},`);
    }
    const sql = `SELECT * FROM entries WHERE ${where.join(' AND ')} ORDER BY start_at DESC, id DESC LIMIT ? OFFSET ?`;
    let stmt = this.listCache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.listCache.size < 200) this.listCache.set(sql, stmt);
    }
    return stmt.all(...args, f.limit, f.offset) as EntryRow[];
  }
}
