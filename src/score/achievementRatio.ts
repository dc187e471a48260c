import { finite, nearlyEqual } from './numbers.js';

/**
 * How far the actual value reaches its target, direction-aware: `actual / target` for `increase`
 * (and `maintain`), `target / actual` for `decrease`, so that above 1 is always better than planned.
 *
 * @param args - `target` and `actual`: numbers; `direction`.
 * @returns The ratio as a fraction (exactly 1 within the float tolerance), or `null` when the
 *   divisor is 0 or a value is negative (a ratio of values of different signs means nothing).
 *
 * @example
 * ```ts
 * achievementRatio({ target: 100, actual: 86, direction: 'increase' }); // 0.86
 * achievementRatio({ target: 100, actual: 120, direction: 'decrease' }); // 0.833333
 * achievementRatio({ target: 2.1, actual: 0.7 * 3, direction: 'increase' }); // 1
 * achievementRatio({ target: 0, actual: 5, direction: 'increase' }); // null
 * ```
 *
 * @category Scoring
 */
export function achievementRatio(args: {
  readonly target: number;
  readonly actual: number;
  readonly direction: 'increase' | 'decrease' | 'maintain' | 'range' | 'none';
}): number | null {
  const { target, actual, direction } = args;
  if (!Number.isFinite(target) || !Number.isFinite(actual) || target < 0 || actual < 0) return null;
  if (nearlyEqual(actual, target) && target !== 0) return 1;
  const [numerator, denominator] = direction === 'decrease' ? [target, actual] : [actual, target];
  if (denominator === 0) return null;
  return finite(numerator / denominator);
}
