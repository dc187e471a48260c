/**
 * A z-score outlier test of one value, as DHIS2 defines it.
 *
 * @category Roll-up
 */
export interface ZScoreOutlier {
  /** |value − mean|. */
  readonly absDev: number;
  /** absDev ÷ stdDev, or `null` when stdDev is 0. */
  readonly zScore: number | null;
  /** mean − threshold × stdDev. */
  readonly lowerBound: number;
  /** mean + threshold × stdDev. */
  readonly upperBound: number;
  /** Whether the z-score exceeds the threshold. */
  readonly isOutlier: boolean;
}

/**
 * Tests one value against a mean and standard deviation: DHIS2's Z_SCORE outlier detection
 * (default threshold 3.0; bounds mean ± threshold × stdDev).
 *
 * @param input - `value`, `mean`, `stdDev` and optional `threshold` (default 3).
 * @returns The absolute deviation, z-score, bounds and verdict.
 *
 * @example
 * ```ts
 * const test = zScoreOutlier({ value: 9000, mean: 1524.5555, stdDev: 2654.4661, threshold: 2.5 });
 * [Math.round((test.zScore ?? 0) * 1000) / 1000, test.isOutlier]; // [2.816, true]
 * ```
 *
 * @category Roll-up
 */
export function zScoreOutlier(input: { value: number; mean: number; stdDev: number; threshold?: number }): ZScoreOutlier {
  const threshold = input.threshold ?? 3;
  const absDev = Math.abs(input.value - input.mean);
  const zScore = input.stdDev > 0 ? finiteOrNull(absDev / input.stdDev) : null;
  return {
    absDev: clampToDouble(absDev),
    zScore,
    lowerBound: clampToDouble(input.mean - threshold * input.stdDev),
    upperBound: clampToDouble(input.mean + threshold * input.stdDev),
    isOutlier: zScore !== null && zScore > threshold,
  };
}

/**
 * The modified z-score of each value of a sample: 0.6745 × (x − median) ÷ MAD, where MAD is the
 * median absolute deviation (DHIS2's MOD_Z_SCORE, after Iglewicz and Hoaglin). Robust to the
 * outliers it looks for, unlike the plain z-score.
 *
 * @param values - The sample.
 * @returns One modified z-score per value (absolute), or `null` for all when MAD is 0 or the sample is empty.
 *
 * @example
 * ```ts
 * modifiedZScores([10, 11, 12, 11, 10, 60])?.map((z) => Math.round(z * 10) / 10); // [0.7, 0, 0.7, 0, 0.7, 33.1]
 * ```
 *
 * @category Roll-up
 */
export function modifiedZScores(values: readonly number[]): number[] | null {
  if (values.length === 0) return null;
  const med = median(values);
  const mad = median(values.map((value) => Math.abs(value - med)));
  if (mad === 0) return null;
  const scores = values.map((value) => {
    const z = Math.abs((0.6745 * (value - med)) / mad);
    return z === 0 ? 0 : z;
  });
  // A MAD so small (subnormal) that a score overflows to Infinity measures nothing, like a MAD of 0.
  return scores.every(Number.isFinite) ? scores : null;
}

/**
 * Mean and population standard deviation of a sample (DHIS2 uses the population form).
 *
 * @param values - The sample (at least one value).
 * @returns `{ mean, stdDev }`.
 *
 * @example
 * ```ts
 * meanAndStdDev([2, 4, 4, 4, 5, 5, 7, 9]); // { mean: 5, stdDev: 2 }
 * ```
 *
 * @category Roll-up
 */
export function meanAndStdDev(values: readonly number[]): {
  /** The arithmetic mean (0 for no values). */
  mean: number;
  /** The population standard deviation (0 for fewer than two values). */
  stdDev: number;
} {
  const n = values.length;
  if (n === 0) return { mean: 0, stdDev: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n;
  const stdDev = Math.sqrt(variance);
  if (Number.isFinite(mean) && Number.isFinite(stdDev)) return { mean, stdDev };
  // Values near the largest double overflow the sums: compute on values scaled into [−1, 1]. The
  // standard deviation of values within [−M, M] is at most M, so both results are finite.
  const scale = Math.max(...values.map((value) => Math.abs(value)));
  const scaled = values.map((value) => value / scale);
  const scaledMean = scaled.reduce((sum, value) => sum + value, 0) / n;
  const scaledVariance = scaled.reduce((sum, value) => sum + (value - scaledMean) ** 2, 0) / n;
  return { mean: clampToDouble(scaledMean * scale), stdDev: clampToDouble(Math.sqrt(scaledVariance) * scale) };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Clamps a number into the finite doubles: bounds beyond the largest double (values near ±1.8e308)
 * are reported as the largest double.
 *
 * @param value - A number (±Infinity allowed).
 * @returns `value`, or ±`Number.MAX_VALUE` when it is beyond.
 *
 * @example
 * ```ts
 * // zScoreOutlier reports its bounds through it:
 * zScoreOutlier({ value: 0, mean: 1e308, stdDev: 1e308 }).upperBound; // Number.MAX_VALUE
 * ```
 *
 * @category Roll-up
 */
export function clampToDouble(value: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, value));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
