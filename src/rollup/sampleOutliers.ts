import { sortPrefix } from '../score/sortPrefix.js';
import { clampToDouble } from './outliers.js';

// The z-score and modified z-score tests of dataQuality, run on a slice of a Float64Array with
// scratch buffers reused from one sample to the next: the columnar data-quality pass tests tens of
// thousands of small samples per evaluation, and `meanAndStdDev` plus `modifiedZScores` (boxed
// arrays, a copy and two comparator sorts per sample) would dominate it. Every number is computed
// with the same operations in the same order as those two functions, so the findings are the same
// to the last bit (test/rollup/sampleOutliers.prop.test.ts checks this on arbitrary doubles).

/** Bit of {@link SampleOutliers.kind}: the value's z-score exceeds the threshold. */
export const Z_OUTLIER = 1;
/** Bit of {@link SampleOutliers.kind}: the value's modified z-score exceeds the threshold. */
export const MODIFIED_Z_OUTLIER = 2;

// Below this size an insertion sort beats the call into the typed-array sort (samples are a
// period's codes of one dimension: usually a few dozen values at most).
const INSERTION_SORT_LIMIT = 32;

/**
 * The outlier tests of one sample at a time, without allocating per sample: after
 * {@link SampleOutliers.test}, `mean`, `stdDev`, `median`, `mad` and the flagged positions describe
 * the sample, until the next call.
 *
 * @example
 * ```ts
 * // What it computes, through the public functions it reproduces:
 * const sample = [10, 11, 12, 11, 10, 60];
 * meanAndStdDev(sample).mean; // 19
 * modifiedZScores(sample)?.[5]; // 33.0505
 * ```
 *
 * @category Roll-up
 */
export class SampleOutliers {
  /** Mean of the last sample (as {@link meanAndStdDev} gives it). */
  mean = 0;
  /** Population standard deviation of the last sample. */
  stdDev = 0;
  /** Median of the last sample. */
  median = 0;
  /** Median absolute deviation of the last sample from its median. */
  mad = 0;
  /** Number of flagged values of the last sample. */
  count = 0;
  /** Position (in the tested array) of each flagged value, in sample order. */
  position = new Int32Array(16);
  /** {@link Z_OUTLIER} and {@link MODIFIED_Z_OUTLIER} bits of each flagged value. */
  kind = new Uint8Array(16);
  /** z-score of each flagged value (meaningful with {@link Z_OUTLIER}). */
  zScore = new Float64Array(16);
  /** Modified z-score of each flagged value (meaningful with {@link MODIFIED_Z_OUTLIER}). */
  modifiedZ = new Float64Array(16);
  private sorted = new Float64Array(64);
  private readonly zThreshold: number;
  private readonly modifiedZThreshold: number;

  /**
   * A tester for the given thresholds.
   *
   * @param zThreshold - z-score above which a value is flagged.
   * @param modifiedZThreshold - Modified z-score above which a value is flagged.
   */
  constructor(zThreshold: number, modifiedZThreshold: number) {
    this.zThreshold = zThreshold;
    this.modifiedZThreshold = modifiedZThreshold;
  }

  /**
   * Tests `values[from, to)` (at least one value, all finite): the values whose z-score (when the
   * standard deviation is positive and the score finite) or modified z-score (when the MAD is
   * usable, as in {@link modifiedZScores}) exceeds its threshold are flagged.
   *
   * @param values - The array holding the sample (not modified).
   * @param from - First position of the sample.
   * @param to - End of the sample (exclusive).
   * @returns How many values were flagged (then read `position`, `kind`, `zScore`, `modifiedZ`).
   */
  test(values: Float64Array, from: number, to: number): number {
    const n = to - from;
    this.meanAndStdDev(values, from, to);
    const madUsable = this.medianAndMad(values, from, to);
    const { mean, stdDev, median, mad, zThreshold, modifiedZThreshold } = this;
    if (this.position.length < n) this.grow(n);
    let count = 0;
    for (let x = from; x < to; x++) {
      const value = values[x] as number;
      let kind = 0;
      let z = 0;
      let modified = 0;
      if (stdDev > 0) {
        z = Math.abs(value - mean) / stdDev;
        if (Number.isFinite(z) && z > zThreshold) kind = Z_OUTLIER;
      }
      if (madUsable) {
        modified = Math.abs((0.6745 * (value - median)) / mad);
        if (modified > modifiedZThreshold) kind |= MODIFIED_Z_OUTLIER;
      }
      if (kind === 0) continue;
      this.position[count] = x;
      this.kind[count] = kind;
      this.zScore[count] = z;
      this.modifiedZ[count] = modified;
      count++;
    }
    this.count = count;
    return count;
  }

  // meanAndStdDev, including its fallback on values scaled into [−1, 1] when the sums overflow.
  private meanAndStdDev(values: Float64Array, from: number, to: number): void {
    const n = to - from;
    let sum = 0;
    for (let x = from; x < to; x++) sum = sum + (values[x] as number);
    const mean = sum / n;
    let squares = 0;
    for (let x = from; x < to; x++) squares = squares + ((values[x] as number) - mean) ** 2;
    const stdDev = Math.sqrt(squares / n);
    if (Number.isFinite(mean) && Number.isFinite(stdDev)) {
      this.mean = mean;
      this.stdDev = stdDev;
      return;
    }
    let scale = -Infinity;
    for (let x = from; x < to; x++) scale = Math.max(scale, Math.abs(values[x] as number));
    let scaledSum = 0;
    for (let x = from; x < to; x++) scaledSum = scaledSum + (values[x] as number) / scale;
    const scaledMean = scaledSum / n;
    let scaledSquares = 0;
    for (let x = from; x < to; x++) scaledSquares = scaledSquares + ((values[x] as number) / scale - scaledMean) ** 2;
    this.mean = clampToDouble(scaledMean * scale);
    this.stdDev = clampToDouble(Math.sqrt(scaledSquares / n) * scale);
  }

  /**
   * Median and MAD with one sort of the sample; returns whether the modified z-scores are usable
   * (what makes modifiedZScores return scores rather than `null`).
   */
  private medianAndMad(values: Float64Array, from: number, to: number): boolean {
    const n = to - from;
    if (this.sorted.length < n) this.sorted = new Float64Array(Math.max(n, this.sorted.length * 2));
    const sorted = this.sorted;
    for (let x = 0; x < n; x++) sorted[x] = values[from + x] as number;
    sortPrefix(sorted, n, INSERTION_SORT_LIMIT);
    const middle = n >> 1;
    const odd = (n & 1) === 1;
    const median = odd ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    this.median = median;
    if (!Number.isFinite(median)) {
      // The two middle values overflowed their sum: every deviation is infinite, the MAD too, and
      // each score is Infinity ÷ Infinity, so modifiedZScores gives null.
      this.mad = Infinity;
      return false;
    }
    // The deviations of sorted[middle − 1], sorted[middle − 2], … and of sorted[middle],
    // sorted[middle + 1], … are two non-decreasing runs (x ↦ |x − median| is monotone on each side
    // of the median, and so is its rounding): merging them up to the middle gives the MAD without
    // a second sort.
    let left = middle - 1;
    let right = middle;
    let previous = 0;
    let current = 0;
    for (let taken = 0; taken <= middle; taken++) {
      previous = current;
      if (left < 0) current = Math.abs((sorted[right++] as number) - median);
      else if (right >= n) current = Math.abs((sorted[left--] as number) - median);
      else {
        const below = Math.abs((sorted[left] as number) - median);
        const above = Math.abs((sorted[right] as number) - median);
        if (below <= above) {
          current = below;
          left--;
        } else {
          current = above;
          right++;
        }
      }
    }
    const mad = odd ? current : (previous + current) / 2;
    this.mad = mad;
    if (mad === 0) return false;
    // A MAD so small that a score overflows measures nothing. The largest score is that of the
    // largest deviation (the scores grow with the deviation, rounding included), at an end.
    const largest = Math.max(Math.abs((sorted[0] as number) - median), Math.abs((sorted[n - 1] as number) - median));
    return Number.isFinite(Math.abs((0.6745 * largest) / mad));
  }

  private grow(n: number): void {
    const size = Math.max(n, this.position.length * 2);
    this.position = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.zScore = new Float64Array(size);
    this.modifiedZ = new Float64Array(size);
  }
}
