import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanAndStdDev, modifiedZScores, zScoreOutlier } from '../../src/rollup/outliers.js';
import { MODIFIED_Z_OUTLIER, SampleOutliers, Z_OUTLIER } from '../../src/rollup/sampleOutliers.js';

// SampleOutliers computes the mean, standard deviation, median and MAD with one sort on a typed
// array (the MAD by merging the two sides of the median), where dataQuality's object version calls
// meanAndStdDev and modifiedZScores. Both must flag the same values with the same scores, to the bit.

function sortedMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const value = fc.oneof(
  { arbitrary: anyDouble, weight: 2 },
  { arbitrary: fc.integer({ min: -20, max: 20 }), weight: 3 },
  { arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1e-310, 0.1, 0.2, 0.3), weight: 1 },
);
// Few distinct values, so that medians fall on ties and MADs are often 0.
const tied = fc.integer({ min: 0, max: 3 }).chain((k) => fc.array(fc.constantFrom(...[0, -0, 1, 2, 5, 100].slice(0, k + 2)), { minLength: 1, maxLength: 40 }));
const sample = fc.oneof(fc.array(value, { minLength: 1, maxLength: 80 }), tied);
const thresholds = fc.record({ z: fc.constantFrom(0.5, 1, 1.5, 2, 3, 3.5), modified: fc.constantFrom(0.5, 1, 2, 3, 3.5) });

describe('SampleOutliers', () => {
  it('flags what zScoreOutlier and modifiedZScores flag, with the same numbers', () => {
    fc.assert(
      fc.property(sample, thresholds, fc.nat({ max: 5 }), (values, { z, modified }, offset) => {
        // The sample sits inside a larger array, as the samples of a period run do.
        const array = new Float64Array(offset + values.length + 3).fill(7);
        array.set(values, offset);
        const tester = new SampleOutliers(z, modified);
        const count = tester.test(array, offset, offset + values.length);

        const expected = meanAndStdDev(values);
        expect(Object.is(tester.mean, expected.mean)).toBe(true);
        expect(Object.is(tester.stdDev, expected.stdDev)).toBe(true);
        const median = sortedMedian(values);
        expect(tester.median === median || (Number.isNaN(tester.median) && Number.isNaN(median))).toBe(true);
        if (Number.isFinite(median)) expect(Object.is(tester.mad, sortedMedian(values.map((each) => Math.abs(each - median))))).toBe(true);

        const scores = modifiedZScores(values);
        const flagged: { position: number; kind: number; z?: number; modified?: number }[] = [];
        values.forEach((each, index) => {
          const test = zScoreOutlier({ value: each, mean: expected.mean, stdDev: expected.stdDev, threshold: z });
          const zFlag = test.isOutlier && test.zScore !== null;
          const score = scores?.[index];
          const modifiedFlag = score !== undefined && score > modified;
          if (!zFlag && !modifiedFlag) return;
          flagged.push({ position: offset + index, kind: (zFlag ? Z_OUTLIER : 0) | (modifiedFlag ? MODIFIED_Z_OUTLIER : 0), ...(zFlag ? { z: test.zScore as number } : {}), ...(modifiedFlag ? { modified: score } : {}) });
        });
        const actual = Array.from({ length: count }, (_, i) => {
          const kind = tester.kind[i] as number;
          return {
            position: tester.position[i] as number,
            kind,
            ...((kind & Z_OUTLIER) !== 0 ? { z: tester.zScore[i] as number } : {}),
            ...((kind & MODIFIED_Z_OUTLIER) !== 0 ? { modified: tester.modifiedZ[i] as number } : {}),
          };
        });
        expect(actual).toEqual(flagged);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each sample its own result when reused (scratch buffers are not shared state)', () => {
    fc.assert(
      fc.property(fc.array(sample, { minLength: 2, maxLength: 6 }), (samples) => {
        const reused = new SampleOutliers(1.5, 2);
        for (const values of samples) {
          const fresh = new SampleOutliers(1.5, 2);
          const array = Float64Array.from(values);
          const count = fresh.test(array, 0, values.length);
          expect(reused.test(array, 0, values.length)).toBe(count);
          expect([...reused.position.subarray(0, count)]).toEqual([...fresh.position.subarray(0, count)]);
          expect([reused.mean, reused.stdDev, reused.median, reused.mad]).toEqual([fresh.mean, fresh.stdDev, fresh.median, fresh.mad]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
