/** How long the undo window lasts: a setting kept in this browser (10 s by default, up to 60 s). */
import { MAX_UNDO_WINDOW_MS, UNDO_WINDOW_MS } from './delete-queue';

const KEY = 'timekeeper.undoWindowSeconds';
export const UNDO_CHOICES = [10, 20, 30, 60] as const;

export function readUndoSeconds(): number {
  try {
    const n = Number(localStorage.getItem(KEY));
    if (Number.isInteger(n) && n * 1000 >= UNDO_WINDOW_MS && n * 1000 <= MAX_UNDO_WINDOW_MS) return n;
  } catch {
    // storage blocked: the default
  }
  return UNDO_WINDOW_MS / 1000;
}

export function writeUndoSeconds(seconds: number) {
  try {
    localStorage.setItem(KEY, String(seconds));
  } catch {
    // storage blocked: the choice lasts for this deletion only
  }
}
