import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useClient } from '../../session/connection-context';
import { workspaceQueries, type Catalog, type LoadState } from './api';

const state = (q: { isError: boolean; data?: unknown }): LoadState => (q.data !== undefined ? 'ready' : q.isError ? 'error' : 'loading');

/**
 * Project, tag, client and task names, each its own query: a failing tag list leaves the
 * project names standing. `loadTasks` holds back the per-project task requests (they would
 * compete with the entries' pages for connections).
 */
export function useCatalog(workspaceId: string, { loadTasks = true }: { loadTasks?: boolean } = {}) {
  const { client } = useClient();
  const projects = useQuery(workspaceQueries.projects(client, workspaceId));
  const tags = useQuery(workspaceQueries.tags(client, workspaceId));
  const clients = useQuery(workspaceQueries.clients(client, workspaceId));
  const tasks = useQuery({
    ...workspaceQueries.taskNames(client, workspaceId, projects.data ?? []),
    enabled: !!projects.data && loadTasks,
  });

  const projectsState = state(projects);
  const tagsState = state(tags);
  // Task names wait for the projects (and the entries): until then they are loading.
  const tasksState: LoadState = projects.isError ? 'error' : state(tasks);
  const catalog = useMemo<Catalog>(() => {
    const clientNames = new Map((clients.data ?? []).map((c) => [c.id, c.name]));
    const list = projects.data ?? [];
    return {
      projects: new Map(list.map((p) => [p.id, { ...p, clientLabel: p.clientName ?? (p.clientId ? clientNames.get(p.clientId) ?? null : null) }])),
      tags: new Map((tags.data ?? []).map((t) => [t.id, t])),
      tasks: tasks.data ?? new Map(),
      projectList: [...list].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name)),
      status: { projects: projectsState, tags: tagsState, tasks: tasksState },
    };
  }, [projects.data, tags.data, clients.data, tasks.data, projectsState, tagsState, tasksState]);

  const failed = [
    projects.isError && 'projects',
    tags.isError && 'tags',
    clients.isError && 'clients',
    tasks.isError && 'tasks',
  ].filter((x): x is string => !!x);
  const { refetch: rp } = projects;
  const { refetch: rt } = tags;
  const { refetch: rc } = clients;
  const { refetch: rk } = tasks;
  const pe = projects.isError;
  const te = tags.isError;
  const ce = clients.isError;
  const ke = tasks.isError;
  const retry = useCallback(() => {
    if (pe) void rp();
    if (te) void rt();
    if (ce) void rc();
    if (ke) void rk();
  }, [pe, te, ce, ke, rp, rt, rc, rk]);
  const firstError = projects.error ?? tags.error ?? clients.error ?? tasks.error;
  return { catalog, failed, retry, error: firstError, retrying: failed.length > 0 && (projects.isFetching || tags.isFetching || clients.isFetching || tasks.isFetching) };
}
