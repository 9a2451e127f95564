import { queryOptions } from '@tanstack/react-query';
import type { ClockifyClient } from '../../clockify/client';
import { isErrorKind } from '../../clockify/errors';
import { getClients, getCurrentUser, getEntriesPage, getMembers, getProjects, getTags, getTasks, getWorkspaces } from '../../clockify/endpoints';
import type { Client, Member, Project, Tag, Task } from '../../clockify/schemas';
import { sessionKeys } from '../../session/query-keys';

const LONG = 5 * 60_000;
const MAX_PROJECTS_FOR_TASKS = 40;

export const workspaceQueries = {
  all: (client: ClockifyClient) =>
    queryOptions({
      queryKey: sessionKeys.workspaces(client),
      queryFn: ({ signal }) => getWorkspaces(client, signal),
      staleTime: LONG,
    }),
  /**
   * Members with roles. Regular users may not list members (403): they fall back to
   * themselves, flagged so the picker can say why it has one name.
   */
  members: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'members'],
      queryFn: async ({ signal }): Promise<{ members: Member[]; restricted: boolean }> => {
        try {
          const members = await getMembers(client, workspaceId, signal);
          return { members: [...members].sort((a, b) => a.name.localeCompare(b.name)), restricted: false };
        } catch (e) {
          if (!isErrorKind(e, 'forbidden')) throw e;
          const me = await getCurrentUser(client, signal);
          return { members: [{ ...me, roles: [] }], restricted: true };
        }
      },
      staleTime: LONG,
    }),
  // One query per list, so one failing list does not blank the names of the others.
  projects: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'projects'],
      queryFn: ({ signal }) => getProjects(client, workspaceId, signal),
      staleTime: LONG,
    }),
  tags: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'tags'],
      queryFn: ({ signal }) => getTags(client, workspaceId, signal),
      staleTime: LONG,
    }),
  clients: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'clients'],
      queryFn: ({ signal }) => getClients(client, workspaceId, signal),
      staleTime: LONG,
    }),
  /** All three lists in one request set (kept for pages not yet on `useCatalog`). */
  catalog: (client: ClockifyClient, workspaceId: string) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'catalog'],
      queryFn: async ({ signal }) => {
        const [projects, tags, clients] = await Promise.all([
          getProjects(client, workspaceId, signal),
          getTags(client, workspaceId, signal),
          getClients(client, workspaceId, signal),
        ]);
        return buildCatalog(projects, tags, clients);
      },
      staleTime: LONG,
    }),
  /**
   * Task names: one request per active project, so only for workspaces of a sane size, and
   * only once the entries are in (they would compete with the list's pages for connections).
   */
  taskNames: (client: ClockifyClient, workspaceId: string, projects: Project[]) =>
    queryOptions({
      queryKey: [...sessionKeys.workspace(client, workspaceId), 'task-names'],
      queryFn: async ({ signal }) => {
        const active = projects.filter((p) => !p.archived);
        if (active.length > MAX_PROJECTS_FOR_TASKS) return new Map<string, string>();
        const lists = await Promise.all(active.map((p) => getTasks(client, workspaceId, p.id, signal).catch(() => [] as Task[])));
        return new Map(lists.flat().map((t) => [t.id, t.name]));
      },
      staleTime: LONG,
    }),
};

/**
 * Whom this key may read, by Clockify's roles: owners and admins everyone; a team manager
 * their team and themselves; everyone else themselves. Clockify's API does not list a team
 * manager's team, so for that role each other member is asked once (one entry, page size 1):
 * 403 means no access.
 */
export function memberAccessQuery(client: ClockifyClient, workspaceId: string, meId: string, myRoles: readonly string[], members: readonly Member[]) {
  return queryOptions({
    queryKey: [...sessionKeys.workspace(client, workspaceId), 'member-access', meId],
    queryFn: async ({ signal }): Promise<Map<string, boolean>> => {
      const access = new Map(members.map((m) => [m.id, m.id === meId]));
      if (myRoles.includes('OWNER') || myRoles.includes('WORKSPACE_ADMIN')) return new Map(members.map((m) => [m.id, true]));
      if (!myRoles.includes('TEAM_MANAGER')) return access;
      await Promise.all(
        members
          .filter((m) => m.id !== meId)
          .map(async (m) => {
            try {
              await getEntriesPage(client, workspaceId, m.id, {}, 1, 1, signal);
              access.set(m.id, true);
            } catch (e) {
              // Only a 403 says "no access"; anything else is left to the page to explain.
              access.set(m.id, !isErrorKind(e, 'forbidden'));
            }
          }),
      );
      return access;
    },
    staleTime: LONG,
  });
}
export type LoadState = 'loading' | 'error' | 'ready';

export interface Catalog {
  projects: Map<string, Project & { clientLabel: string | null }>;
  tags: Map<string, Tag>;
  tasks: Map<string, string>;
  projectList: Project[];
  /** Which lists are in: a name missing from a list still loading is not "unknown". */
  status?: { projects: LoadState; tags: LoadState; tasks: LoadState };
}

/** The load state of each list; no catalog at all means it is still loading. */
export function catalogState(catalog: Catalog | undefined): NonNullable<Catalog['status']> {
  if (!catalog) return { projects: 'loading', tags: 'loading', tasks: 'loading' };
  return catalog.status ?? { projects: 'ready', tags: 'ready', tasks: 'ready' };
}

/** Lookups built once per fetch, not per row render. */
export function buildCatalog(projects: Project[], tags: Tag[], clients: Client[], tasks: Task[] = []): Catalog {
  const clientNames = new Map(clients.map((c) => [c.id, c.name]));
  return {
    projects: new Map(
      projects.map((p) => [p.id, { ...p, clientLabel: p.clientName ?? (p.clientId ? clientNames.get(p.clientId) ?? null : null) }]),
    ),
    tags: new Map(tags.map((t) => [t.id, t])),
    tasks: new Map(tasks.map((t) => [t.id, t.name])),
    projectList: [...projects].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name)),
  };
}

export { memberLabel, ROLE_LABELS, roleLabel, roleName } from './role-names';
