import { useParams } from 'react-router';
import { ActivityPage } from '../../features/activity/activity-page';
import { DeletionHistory } from '../../features/bulk-delete/deletion-history-page';

/** The Activity page: the console's change log, with the deletion backups and their Restore below. */
export function ActivityRoute() {
  const { workspaceId = '' } = useParams();
  return <ActivityPage deletionHistory={<DeletionHistory workspaceId={workspaceId} />} />;
}
