import { createDeleteQueue } from './delete-queue';
import { installUndoShortcut } from './undo-shortcut';

/** One queue for the whole app: a deletion carries on while the manager changes page. */
export const deleteQueue = createDeleteQueue(() => import('./backup').then((m) => m.backupStore));

if (typeof window !== 'undefined') installUndoShortcut(deleteQueue);
