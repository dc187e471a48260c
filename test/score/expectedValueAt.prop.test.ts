import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedValueAt, pathValueAt, tidyPath } from '../../src/score/expectedValueAt.js';
import { finite } from '../../src/score/numbers.js';
import type { YearValue } from '../../src/score/YearValue.js';

/** expectedValueAt as first written: a map of the points by time, sorted, then read. */
function reference(points: readonly YearValue[], t: number): number | null {
  const byYear = new Map<number, number>();
  for (const point of points) if (Number.isFinite(point.year) && Number.isFinite(point.value)) byYear.set(point.year, point.value);
  const sorted = [...byYear.entries()].sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0 || !Number.isFinite(t)) return null;
  const [firstYear, firstValue] = sorted[0] as [number, number];
  if (t <= firstYear) return finite(firstValue);
  for (let index = 1; index < sorted.length; index++) {
    const [year, value] = sorted[index] as [number, number];
    if (t <= year) {
      if (t === year) return finite(value);
      const [previousYear, previousValue] = sorted[index - 1] as [number, number];
      return finite(previousValue + ((value - previousValue) * (t - previousYear)) / (year - previousYear));
    }
  }
  return finite((sorted[sorted.length - 1] as [number, number])[1]);
}

const number = fc.oneof(fc.constantFrom(2023, 2024, 2024.5, 2025, 2028, 0, -0), fc.double({ min: -1e6, max: 1e6 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY));
const pointsArb = fc.array(fc.record({ year: fc.oneof(fc.constantFrom(2023, 2024, 2025, 2026.25, 2028), number), value: number }), { maxLength: 8 });

describe('expectedValueAt', () => {
  it('reads the path as the map-based reference does, points in any order, repeated or not finite', () => {
    fc.assert(fc.property(pointsArb, number, (points, t) => {
      const expected = reference(points, t);
      expect(expectedValueAt({ points, t })).toBe(expected);
      const years = points.map((point) => point.year);
      const values = points.map((point) => point.value);
      const count = tidyPath(years, values);
      expect(pathValueAt(years, values, count, t)).toBe(expected);
    }), { numRuns: 1000 });
  });
});
