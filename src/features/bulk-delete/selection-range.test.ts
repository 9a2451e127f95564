import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extendTo, isSelected, setMany, toggle } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const selectedOf = (s: Parameters<typeof isSelected>[0]) => order.filter((id) => isSelected(s, id));

describe('selection by keyboard range and by day', () => {
  it('Shift+Arrow selects from the last toggled entry and keeps that anchor', () => {
    let s = toggle(EMPTY_SELECTION, 'b', false, order);
    s = extendTo(s, 'c', order);
    s = extendTo(s, 'd', order);
    expect(selectedOf(s)).toEqual(['b', 'c', 'd']);
    expect(s.anchor).toBe('b');
    // Upwards past the anchor: the range now runs the other way.
    s = extendTo(s, 'a', order);
    expect(selectedOf(s)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('without an anchor, extending selects just that entry and anchors there', () => {
    const s = extendTo(EMPTY_SELECTION, 'c', order);
    expect(selectedOf(s)).toEqual(['c']);
    expect(s.anchor).toBe('c');
  });

  it('ignores entries that cannot be selected (not in the selectable order)', () => {
    const s = toggle(EMPTY_SELECTION, 'a', false, order);
    expect(extendTo(s, 'locked', order)).toBe(s);
  });

  it('a day selects and clears its entries in both modes', () => {
    const on = setMany(EMPTY_SELECTION, ['b', 'c'], true);
    expect(selectedOf(on)).toEqual(['b', 'c']);
    expect(selectedOf(setMany(on, ['b', 'c'], false))).toEqual([]);
    const all = { mode: 'all' as const, ids: new Set<string>(), excluded: new Set<string>(), anchor: null };
    const dayOff = setMany(all, ['a', 'b'], false);
    expect(selectedOf(dayOff)).toEqual(['c', 'd', 'e']);
    expect(selectedOf(setMany(dayOff, ['a'], true))).toEqual(['a', 'c', 'd', 'e']);
  });
  it('Shift+Arrow that skips entries selects everything in between', () => {
    // A jump (e.g. Shift+End) from b to e must not leave c and d out.
    let s = toggle(EMPTY_SELECTION, 'b', false, order);
    s = extendTo(s, 'e', order);
    expect(selectedOf(s)).toEqual(['b', 'c', 'd', 'e']);
    expect(s.anchor).toBe('b');
  });

  it('Shift+Arrow from the first entry keeps it as the anchor', () => {
    let s = toggle(EMPTY_SELECTION, 'a', false, order);
    s = extendTo(s, 'c', order);
    expect(selectedOf(s)).toEqual(['a', 'b', 'c']);
    expect(s.anchor).toBe('a');
  });

  it('an anchor that is no longer selectable is replaced by the entry extended to', () => {
    let s = toggle(EMPTY_SELECTION, 'gone', false, [...order, 'gone']);
    s = extendTo(s, 'c', order);
    expect(selectedOf(s)).toEqual(['c']);
    expect(s.anchor).toBe('c');
  });

  it('Shift+Arrow in "all matching" mode brings excluded entries back', () => {
    const all = { mode: 'all' as const, ids: new Set<string>(), excluded: new Set(['b', 'c', 'd']), anchor: 'a' };
    const s = extendTo(all, 'c', order);
    expect(selectedOf(s)).toEqual(['a', 'b', 'c', 'e']);
    expect(s.mode).toBe('all');
  });
});
