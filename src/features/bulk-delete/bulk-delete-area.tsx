import type { Catalog } from '../workspaces/api';
import { EntriesList } from '../entries/entries-list';
import type { GroupedEntries } from '../entries/group-entries';

interface Props {
  workspaceId: string;
  member: { id: string; name: string; timeZone: string };
  grouped: GroupedEntries;
  complete: boolean;
  catalog: Catalog | undefined;
  filterKey: string;
}

export function BulkDeleteArea({ grouped, member, catalog }: Props) {
  return <EntriesList grouped={grouped} timeZone={member.timeZone} catalog={catalog} />;
}
