/**
 * Builds list serializers with everything resolved up front (rates, hydration maps), so a
 * 1,000-entry page costs one query for the rows and a handful of small lookups.
 */
import { entryWithRatesSerializer, projectDto, tagDto, taskDto } from './serialize';
import type { Store } from './store';
import type { EntryRow, WorkspaceRow } from './store-types';

export function entryListSerializer(store: Store, ws: WorkspaceRow, hydrated: boolean) {
  const projectRows = store.projects(ws.id);
  const rates = {
    currency: ws.currency,
    memberships: new Map(store.membershipsOfWorkspace(ws.id).map((m) => [m.user_id, m])),
    projects: new Map(projectRows.map((p) => [p.id, p])),
  };
  const withRates = entryWithRatesSerializer(ws.lock_at, rates);
  if (!hydrated) return withRates;

  const clients = new Map(store.clients(ws.id).map((x) => [x.id, x]));
  const projects = new Map(projectRows.map((p) => [p.id, projectDto(p, clients, ws.currency)]));
  const tasks = new Map(store.tasks(ws.id).map((t) => [t.id, taskDto(t)]));
  const tags = new Map(store.tags(ws.id).map((t) => [t.id, tagDto(t)]));
  return (row: EntryRow) => ({
    ...withRates(row),
    project: row.project_id ? (projects.get(row.project_id) ?? null) : null,
    task: row.task_id ? (tasks.get(row.task_id) ?? null) : null,
    tags: row.tag_ids ? row.tag_ids.split(',').flatMap((id) => tags.get(id) ?? []) : [],
  });
}
