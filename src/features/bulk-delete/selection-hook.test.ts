// @vitest-environment jsdom
/**
 * The hook is thin (each change is a pure function tested in selection.test.ts); this checks
 * the wiring and that the callbacks keep their identity, which the memoized rows rely on.
 * A `.test.ts` in jsdom without Mantine, so mutation runs include it and it stays fast.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isSelected, useSelection } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];

afterEach(() => cleanup());

function setup() {
  const hook = renderHook(() => useSelection());
  const selected = () => order.concat('later').filter((id) => isSelected(hook.result.current.state, id));
  return { hook, selected, sel: () => hook.result.current };
}

describe('useSelection', () => {
  it('starts empty', () => {
    const { selected, sel } = setup();
    expect(selected()).toEqual([]);
    expect(sel().state.mode).toBe('ids');
  });

  it('click, shift-click, Shift+Arrow and clear', () => {
    const { selected, sel } = setup();
    act(() => sel().toggleOne('b', false, order));
    act(() => sel().toggleOne('d', true, order));
    expect(selected()).toEqual(['b', 'c', 'd']);
    act(() => sel().extendOne('e', order));
    expect(selected()).toEqual(['b', 'c', 'd', 'e']);
    act(() => sel().clear());
    expect(selected()).toEqual([]);
  });

  it('select all matching includes entries still loading; a day can be taken out again', () => {
    const { selected, sel } = setup();
    act(() => sel().selectAllMatching());
    expect(selected()).toEqual([...order, 'later']);
    act(() => sel().setDay(['a', 'b'], false));
    expect(selected()).toEqual(['c', 'd', 'e', 'later']);
    act(() => sel().setDay(['a'], true));
    expect(selected()).toEqual(['a', 'c', 'd', 'e', 'later']);
  });

  it('the header checkbox selects the shown entries and clears everything', () => {
    const { selected, sel } = setup();
    act(() => sel().setShown(['a', 'c'], true));
    expect(selected()).toEqual(['a', 'c']);
    act(() => sel().toggleOne('e', false, order));
    act(() => sel().setShown(['a', 'c'], false));
    expect(selected()).toEqual([]);
  });

  it('after a deletion only the ids that failed stay selected', () => {
    const { selected, sel } = setup();
    act(() => sel().selectAllMatching());
    act(() => sel().replaceWith(['b', 'e']));
    expect(selected()).toEqual(['b', 'e']);
    // No anchor is left over: a shift-click starts a fresh range.
    act(() => sel().toggleOne('d', true, order));
    expect(selected()).toEqual(['b', 'd', 'e']);
  });

  it('keeps its callbacks across renders, and its result while nothing changed', () => {
    const { hook, sel } = setup();
    const before = sel();
    hook.rerender();
    expect(sel()).toBe(before);
    act(() => sel().toggleOne('a', false, order));
    const after = sel();
    expect(after).not.toBe(before);
    for (const key of ['clear', 'selectAllMatching', 'setShown', 'toggleOne', 'extendOne', 'setDay', 'replaceWith'] as const) {
      expect(after[key], key).toBe(before[key]);
    }
  });
});
