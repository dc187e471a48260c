import type { Status } from '../score/types.js';

/**
 * Score bands that turn a roll-up score (0–100) into a status.
 *
 * @category Roll-up
 */
export interface RollupBands {
  /** Lowest score that is `on-track` (default 90). */
  readonly onTrack: number;
  /** Lowest score that is `at-risk` (default 60); below it, `off-track`. */
  readonly atRisk: number;
}

/**
 * The default roll-up bands: 90 and 60, the library's `default` preset's thresholds on the
 * performance ratio (0.90 and 0.60) expressed as scores.
 *
 * @category Roll-up
 */
export const DEFAULT_ROLLUP_BANDS: RollupBands = { onTrack: 90, atRisk: 60 };

/**
 * The status of a roll-up score: `achieved` when every scored indicator below is achieved, else by
 * the bands.
 *
 * @param score - The roll-up score (0–100).
 * @param allAchieved - Whether every scored indicator below has reached its end target.
 * @param bands - The score bands.
 * @returns `achieved`, `on-track`, `at-risk` or `off-track`.
 *
 * @example
 * ```ts
 * statusOfScore(72, false, DEFAULT_ROLLUP_BANDS); // 'at-risk'
 * ```
 *
 * @category Roll-up
 */
export function statusOfScore(score: number, allAchieved: boolean, bands: RollupBands): Status {
  if (allAchieved) return 'achieved';
  if (score >= bands.onTrack) return 'on-track';
  if (score >= bands.atRisk) return 'at-risk';
  return 'off-track';
}
