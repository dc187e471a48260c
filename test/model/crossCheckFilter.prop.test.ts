import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrossCheckFilter } from '../../src/model/crossCheckFilter.js';
import type { ObservationCodes } from '../../src/model/observationFastPath.js';

// The filter may return more candidates than needed (the exact checks clear them), never fewer:
// every item of a group of two or more with the same key, and every disaggregated item of an
// indicator × period that mixes sets of dimensions, must be a candidate. parseObservations'
// property test checks the end result against zod; this one checks the filter alone, on inputs
// with many more groups and mixed cells, and on a large one where the Bloom filter fills up.

interface Item {
  readonly added: boolean;
  readonly codes: ObservationCodes;
}

function filterOf(items: readonly Item[]): { candidates: number[]; recoded: number[] } {
  const filter = new CrossCheckFilter(items.length, 3);
  items.forEach((item, index) => {
    if (item.added) filter.add(index, item.codes);
  });
  const recoded: number[] = [];
  const candidates = filter.candidates((index, codes) => {
    recoded.push(index);
    Object.assign(codes, (items[index] as Item).codes);
  });
  return { candidates, recoded };
}

/** The items the exact checks can flag, found the slow way. */
function mustBeCandidates(items: readonly Item[]): Set<number> {
  const groups = new Map<string, number[]>();
  const cells = new Map<string, { sets: Set<number>; members: number[] }>();
  items.forEach((item, index) => {
    if (!item.added) return;
    const { indicator, period, disaggregation, reporter, dimensions } = item.codes;
    const key = `${indicator}|${period}|${disaggregation}|${reporter}`;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [index]);
    else members.push(index);
    if (dimensions === 0) return;
    const cell = cells.get(`${indicator}|${period}`) ?? { sets: new Set<number>(), members: [] };
    cell.sets.add(dimensions);
    cell.members.push(index);
    cells.set(`${indicator}|${period}`, cell);
  });
  const flagged = new Set<number>();
  for (const members of groups.values()) if (members.length > 1) for (const index of members) flagged.add(index);
  for (const cell of cells.values()) if (cell.sets.size > 1) for (const index of cell.members) flagged.add(index);
  return flagged;
}

const codes = fc.record({
  indicator: fc.nat({ max: 3 }),
  period: fc.nat({ max: 3 }),
  // Mixed-radix codes reach 2^53: large ones must hash by both halves.
  disaggregation: fc.oneof(fc.nat({ max: 4 }), fc.constantFrom(2 ** 32, 2 ** 32 + 1, 2 ** 52 + 3, Number.MAX_SAFE_INTEGER)),
  reporter: fc.nat({ max: 2 }),
  dimensions: fc.constantFrom(0, 0, 1, 1, 3, 4),
});

describe('CrossCheckFilter', () => {
  it('returns, in increasing order and once each, a superset of the items the exact checks can flag', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ added: fc.constantFrom(true, true, true, true, false), codes }), { maxLength: 60 }), (items) => {
        const { candidates, recoded } = filterOf(items);
        expect(candidates).toEqual([...new Set(candidates)].sort((a, b) => a - b));
        for (const index of candidates) expect(items[index]?.added).toBe(true);
        for (const index of recoded) expect(items[index]?.added).toBe(true);
        const found = new Set(candidates);
        for (const index of mustBeCandidates(items)) expect(found.has(index)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds planted duplicates and a mixed cell among 200 000 distinct keys, with few extra candidates', () => {
    // Keys that differ in one part only (reporter, or the high half of a large disaggregation
    // code), so that a hash ignoring a part would make thousands of candidates.
    const items: Item[] = [];
    for (let index = 0; index < 200_000; index++) {
      const disaggregation = Math.floor(index / 5000) * 2 ** 32 + 1;
      items.push({ added: true, codes: { indicator: index % 100, period: Math.floor(index / 100) % 10, disaggregation, reporter: Math.floor(index / 1000) % 5, dimensions: 1 } });
    }
    items.push({ added: true, codes: { ...(items[5] as Item).codes } });
    items.push({ added: true, codes: { ...(items[150_000] as Item).codes } });
    items.push({ added: true, codes: { indicator: 7, period: 3, disaggregation: 2, reporter: 0, dimensions: 2 } });
    const expected = mustBeCandidates(items);
    // Both copies of each duplicate, and the 200 items of indicator 7 × period 3 with the new one.
    expect(expected.size).toBe(4 + 201);
    const { candidates } = filterOf(items);
    expect(candidates).toEqual(expect.arrayContaining([...expected]));
    expect(candidates.length).toBeLessThan(expected.size + 20);
  });

  it('returns nothing when every key is distinct and no cell mixes sets', () => {
    const items: Item[] = Array.from({ length: 5000 }, (_, index) => ({ added: true, codes: { indicator: index, period: 0, disaggregation: 0, reporter: 0, dimensions: 0 } }));
    expect(filterOf(items).candidates.length).toBeLessThan(3);
  });
});
