/**
 * Typing into a time segment replaces it, as in a native time field.
 *
 * Mantine 9.7.3's time segments (`SpinInput`) read the field's whole text on every keystroke
 * and count on it being selected when the segment gains focus (`select()` on focus and on
 * click). That fails when the segment already has focus: picking a day moves focus to
 * "Hours", and a click on it then leaves Chromium's caret between the digits after Mantine's
 * `select()`. Typing `1` into `20` reads `210` (→ `00`), and `1` into `01` reads `011` (→ `11`).
 *
 * These props (for `hoursInputProps`, `minutesInputProps`, `secondsInputProps`) select the
 * segment before the first digit typed after it was focused, clicked or changed by another
 * key, so that digit replaces it; the next digits append, and Mantine moves on to the next
 * segment once the value is complete.
 */
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';

/** Segments that already took a digit since they were focused or clicked. */
const typedInto = new WeakSet<HTMLInputElement>();

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'NumLock']);

export const replaceOnType = {
  onFocusCapture(event: FocusEvent<HTMLInputElement>) {
    typedInto.delete(event.currentTarget);
  },
  onMouseDownCapture(event: MouseEvent<HTMLInputElement>) {
    typedInto.delete(event.currentTarget);
  },
  onKeyDownCapture(event: KeyboardEvent<HTMLInputElement>) {
    const segment = event.currentTarget;
    const digit = /^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!digit) {
      // Arrows, Home/End, Backspace… change the value: the next digit starts afresh.
      if (!MODIFIERS.has(event.key)) typedInto.delete(segment);
      return;
    }
    if (!typedInto.has(segment)) {
      segment.select();
      typedInto.add(segment);
    }
  },
};
