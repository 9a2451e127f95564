import { createDeleteQueue } from './delete-queue';

/** One queue for the whole app: a deletion carries on while the manager changes page. */
export const deleteQueue = createDeleteQueue(() => import('./backup').then((m) => m.backupStore));
