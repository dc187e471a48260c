import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortPrefix } from '../../src/score/sortPrefix.js';

describe('sortPrefix', () => {
  it('sorts the prefix ascending and leaves the rest, by insertion or by the typed sort alike', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 60 }), fc.nat({ max: 60 }), fc.constantFrom(0, 4, 16, 100), (items, cut, limit) => {
        const values = Float64Array.from(items);
        const count = Math.min(cut, values.length);
        sortPrefix(values, count, limit);
        const expected = [...items.slice(0, count)].sort((a, b) => a - b);
        expect([...values.subarray(0, count)].map((value) => value + 0)).toEqual(expected.map((value) => value + 0));
        expect([...values.subarray(count)]).toEqual(items.slice(count));
      }),
      { numRuns: 500 },
    );
  });
  it('sorts Int32Array prefixes too', () => {
    const values = Int32Array.of(3, 1, 2, 9, 0);
    sortPrefix(values, 3);
    expect([...values]).toEqual([1, 2, 3, 9, 0]);
  });
});
