import { finite, nearlyEqual } from './numbers.js';

/**
 * Compound annual growth rate from one value to another: `(to / from)^(1 / years) − 1`, as a
 * fraction (0.0371 for 3.71 % a year).
 *
 * Both values must have the same sign; for two negative values the rate is that of their
 * magnitudes (callers flip the direction, as Statistics Canada does). A fall to exactly 0 is a rate
 * of −1. Not computable — and `null`, never NaN — when `from` is 0, the signs differ, or `years`
 * is not positive.
 *
 * @param args - `from`: the earlier value; `to`: the later value; `years`: the time between them
 *   (decimal years allowed).
 * @returns The rate as a fraction, or `null`.
 *
 * @example
 * ```ts
 * cagr({ from: 50, to: 60, years: 5 }); // 0.0371373
 * cagr({ from: 100, to: 110, years: 5 }); // 0.0192449
 * cagr({ from: 0, to: 10, years: 5 }); // null
 * cagr({ from: 10, to: 10, years: 0 }); // null
 * ```
 *
 * @category Scoring
 */
export function cagr(args: { readonly from: number; readonly to: number; readonly years: number }): number | null {
  const { from, to, years } = args;
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(years) || years <= 0) return null;
  if (from === 0) return null;
  const ratio = to / from;
  if (ratio < 0) return null;
  if (nearlyEqual(from, to)) return 0;
  return finite(ratio ** (1 / years) - 1);
}
