import { ActivityPage } from '../../features/activity/activity-page';
import { DeletionHistoryPage } from '../../features/bulk-delete/deletion-history-page';

/** The Activity page: the console's change log, with the deletion backups and their Restore below. */
export function ActivityRoute() {
  return <ActivityPage deletionHistory={<DeletionHistoryPage />} />;
}
