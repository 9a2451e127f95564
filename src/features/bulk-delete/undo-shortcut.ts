import type { DeleteQueue } from './delete-queue';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const UNDO_SHORTCUT_LABEL = isMac ? '⌘Z' : 'Ctrl+Z';

function isEditable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type);
}

/**
 * Ctrl+Z (⌘Z) undoes the newest deletion still in its undo window, from anywhere on the
 * page — except in a text field, where it keeps its usual meaning.
 */
export function installUndoShortcut(queue: Pick<DeleteQueue, 'latestUndoable' | 'undo'>, target: Window = window) {
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key.toLowerCase() !== 'z' || ev.shiftKey || ev.altKey || !(ev.ctrlKey || ev.metaKey)) return;
    if (isEditable(target.document.activeElement)) return;
    const job = queue.latestUndoable();
    if (!job) return;
    ev.preventDefault();
    queue.undo(job.id);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
