import { finite, nearlyEqual } from './numbers.js';

/**
 * The share of the distance from baseline to target covered by the current value:
 * `(current − baseline) / (target − baseline)`. The same formula serves `increase` and `decrease`
 * (for a decrease both differences are negative), so 1 means the target is reached, above 1 that it
 * is passed (kept raw, e.g. 1.3) and below 0 that the value moved away from the target.
 *
 * A current value within the float tolerance of the target gives exactly 1 (0.1 + 0.2 reaches 0.3),
 * and one within the tolerance of the baseline exactly 0.
 *
 * @param args - `baseline`, `target`, `current`: numbers; `direction` (optional): when given as
 *   `increase` or `decrease`, a target on the wrong side of the baseline gives `null`.
 * @returns The share as a fraction, or `null` when the target equals the baseline (nothing to cover)
 *   or the target contradicts the direction.
 *
 * @example
 * ```ts
 * progressFromBaseline({ baseline: 50, target: 80, current: 60 }); // 0.333333
 * progressFromBaseline({ baseline: 20, target: 5, current: 15, direction: 'decrease' }); // 0.333333
 * progressFromBaseline({ baseline: 0, target: 0.3, current: 0.1 + 0.2 }); // 1
 * progressFromBaseline({ baseline: 10, target: 10, current: 12 }); // null
 * ```
 *
 * @category Scoring
 */
export function progressFromBaseline(args: {
  readonly baseline: number;
  readonly target: number;
  readonly current: number;
  readonly direction?: 'increase' | 'decrease' | 'maintain' | 'range' | 'none';
}): number | null {
  const { baseline, target, current, direction } = args;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || !Number.isFinite(current)) return null;
  if (nearlyEqual(target, baseline)) return null;
  if (direction === 'increase' && target < baseline) return null;
  if (direction === 'decrease' && target > baseline) return null;
  if (nearlyEqual(current, target)) return 1;
  if (nearlyEqual(current, baseline)) return 0;
  return finite((current - baseline) / (target - baseline));
}
