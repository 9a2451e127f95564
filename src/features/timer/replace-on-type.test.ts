// @vitest-environment jsdom
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { replaceOnType } from './replace-on-type';

function segment(value: string, caret: number) {
  const input = document.createElement('input');
  input.value = value;
  document.body.append(input);
  input.setSelectionRange(caret, caret);
  return input;
}
const key = (input: HTMLInputElement, k: string, mods: Partial<KeyboardEvent> = {}) =>
  replaceOnType.onKeyDownCapture({ currentTarget: input, key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods } as KeyboardEvent<HTMLInputElement>);
const selected = (input: HTMLInputElement) => [input.selectionStart, input.selectionEnd];

describe('replaceOnType', () => {
  it('selects the whole segment before the first digit after a click, so the digit replaces it', () => {
    const input = segment('01', 2);
    replaceOnType.onMouseDownCapture({ currentTarget: input } as MouseEvent<HTMLInputElement>);
    key(input, '1');
    expect(selected(input)).toEqual([0, 2]);
  });

  it('lets the second digit append (the caret stays where the first one left it)', () => {
    const input = segment('01', 2);
    replaceOnType.onFocusCapture({ currentTarget: input } as FocusEvent<HTMLInputElement>);
    key(input, '1');
    input.setSelectionRange(2, 2); // after Mantine re-renders "1" as "01"
    key(input, '8');
    expect(selected(input)).toEqual([2, 2]);
  });

  it('starts afresh after a key that changes the value, but not after a modifier', () => {
    const input = segment('12', 2);
    replaceOnType.onFocusCapture({ currentTarget: input } as FocusEvent<HTMLInputElement>);
    key(input, '1');
    input.setSelectionRange(2, 2);
    key(input, 'Shift');
    key(input, '2');
    expect(selected(input)).toEqual([2, 2]);
    key(input, 'ArrowUp');
    input.setSelectionRange(1, 1);
    key(input, '3');
    expect(selected(input)).toEqual([0, 2]);
  });

  it('leaves shortcuts alone', () => {
    const input = segment('12', 1);
    replaceOnType.onFocusCapture({ currentTarget: input } as FocusEvent<HTMLInputElement>);
    key(input, '1', { ctrlKey: true });
    expect(selected(input)).toEqual([1, 1]);
  });
});
