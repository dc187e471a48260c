import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/score/cagr.js';
import { finite } from '../../src/score/numbers.js';
import { finiteInOrder, projectPath, projectValue } from '../../src/score/projectValue.js';
import type { YearValue } from '../../src/score/YearValue.js';

/** projectValue as first written, on objects. */
function reference(points: readonly YearValue[], year: number, method: 'cagr' | 'wls'): number | null {
  const kept = points.filter((point) => Number.isFinite(point.year) && Number.isFinite(point.value));
  if (!Number.isFinite(year) || kept.length < 2) return null;
  const sorted = [...kept].sort((a, b) => a.year - b.year);
  if (method === 'cagr') {
    const last = sorted[sorted.length - 1] as YearValue;
    const before = sorted[sorted.length - 2] as YearValue;
    const rate = cagr({ from: before.value, to: last.value, years: last.year - before.year });
    return rate === null ? null : finite(last.value * (1 + rate) ** (year - last.year));
  }
  const first = sorted[0]?.year ?? 0;
  let weights = 0;
  let meanX = 0;
  let meanY = 0;
  for (const point of sorted) {
    const weight = point.year - first + 1;
    weights += weight;
    meanX += weight * point.year;
    meanY += weight * point.value;
  }
  meanX /= weights;
  meanY /= weights;
  let sxy = 0;
  let sxx = 0;
  for (const point of sorted) {
    const weight = point.year - first + 1;
    sxy += weight * (point.year - meanX) * (point.value - meanY);
    sxx += weight * (point.year - meanX) ** 2;
  }
  return sxx > 0 ? finite(meanY + (sxy / sxx) * (year - meanX)) : null;
}

const number = fc.oneof(fc.constantFrom(2023, 2024, 2025.5, 0, -0, 1), fc.double({ min: -1e4, max: 1e4 }), fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY));
const pointsArb = fc.array(fc.record({ year: fc.oneof(fc.constantFrom(2020, 2023, 2024, 2024.5, 2026), number), value: number }), { maxLength: 7 });

describe('projectValue', () => {
  it('projects as the object-based reference does, and projectPath agrees on finite paths in order', () => {
    fc.assert(fc.property(pointsArb, fc.oneof(fc.constantFrom(2029, 2030.5), number), fc.constantFrom<'cagr' | 'wls'>('cagr', 'wls'), (points, year, method) => {
      const expected = reference(points, year, method);
      expect(projectValue({ points, year, method })).toBe(expected);
      const years = points.map((point) => point.year);
      const values = points.map((point) => point.value);
      if (finiteInOrder(years, values)) expect(projectPath(years, values, year, method)).toBe(expected);
      // The same points made finite and put in order, as scoring builds them.
      const ordered = points.filter((point) => Number.isFinite(point.year) && Number.isFinite(point.value)).sort((a, b) => a.year - b.year);
      expect(finiteInOrder(ordered.map((point) => point.year), ordered.map((point) => point.value))).toBe(true);
      expect(projectPath(ordered.map((point) => point.year), ordered.map((point) => point.value), year, method)).toBe(expected);
    }), { numRuns: 1000 });
  });
});
