import { cagr } from './cagr.js';
import type { YearValue } from './YearValue.js';

/**
 * The growth rate needed each year to go from the baseline to the target:
 * `(target / baseline)^(1 / (target year − baseline year)) − 1`.
 *
 * @param args - `baseline` and `target`, each `{ year, value }`.
 * @returns The required rate as a fraction, or `null` when not computable (zero baseline, values of
 *   different signs, target not after the baseline).
 *
 * @example
 * ```ts
 * requiredCagr({ baseline: { year: 2015, value: 50 }, target: { year: 2030, value: 80 } }); // 0.0318296
 * requiredCagr({ baseline: { year: 2015, value: 20 }, target: { year: 2030, value: 5 } }); // -0.0882775
 * ```
 *
 * @category Scoring
 */
export function requiredCagr(args: { readonly baseline: YearValue; readonly target: YearValue }): number | null {
  return cagr({ from: args.baseline.value, to: args.target.value, years: args.target.year - args.baseline.year });
}
