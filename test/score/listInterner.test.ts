import { describe, expect, it } from 'vitest';
import { internList, listInterner, newList, sameList } from '../../src/score/listInterner.js';

describe('listInterner', () => {
  const table = ['a', 'b', 'c'];
  it('shares equal lists and makes different ones', () => {
    const interner = listInterner(table);
    const first = internList(interner, Int32Array.of(0, 2), 2);
    expect(first).toEqual(['a', 'c']);
    expect(internList(interner, Int32Array.of(0, 2, 1), 2)).toBe(first);
    expect(internList(interner, Int32Array.of(2, 0), 2)).toEqual(['c', 'a']);
    expect(internList(interner, Int32Array.of(0, 2, 1), 3)).toEqual(['a', 'c', 'b']);
  });
  it('gives one frozen empty list', () => {
    const interner = listInterner(table);
    expect(internList(interner, new Int32Array(0), 0)).toBe(interner.empty);
    expect(Object.isFrozen(interner.empty)).toBe(true);
  });
  it('compares and makes lists from indices', () => {
    expect(sameList(['b', 'c'], table, Int32Array.of(1, 2), 2)).toBe(true);
    expect(sameList(['b'], table, Int32Array.of(1, 2), 2)).toBe(false);
    expect(newList(table, Int32Array.of(2, 1, 0), 3)).toEqual(['c', 'b', 'a']);
  });
});
