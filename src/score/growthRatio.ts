import { cagr } from './cagr.js';
import { finite } from './numbers.js';
import type { Substitution } from './types.js';
import type { YearValue } from './YearValue.js';

/**
 * The value that a baseline or target of 0 is replaced by before a growth rate is taken, as
 * Statistics Canada / Open SDG do; every replacement is recorded in the trace's `substitutions`.
 *
 * @example
 * ```ts
 * ZERO_SUBSTITUTE; // 0.001
 * ```
 *
 * @category Scoring
 */
export const ZERO_SUBSTITUTE = 0.001;

/**
 * The inputs of a growth ratio after zero substitution, and the substitutions made. A baseline or
 * target of exactly 0 has no growth rate, so both are replaced by 0.001, as Open SDG's
 * `sdg-build` does; the current value is left as it is.
 */
export function substituteZeros(baseline: YearValue, target: YearValue | null): {
  baseline: YearValue;
  target: YearValue | null;
  substitutions: Substitution[];
} {
  const substitutions: Substitution[] = [];
  const from = baseline.value === 0 ? replaced(baseline, 'baseline', substitutions) : baseline;
  const to = target === null || target.value !== 0 ? target : replaced(target, 'target', substitutions);
  return { baseline: from, target: to, substitutions };
}

/** The point with 0 replaced by {@link ZERO_SUBSTITUTE}, the replacement recorded. */
function replaced(point: YearValue, what: string, substitutions: Substitution[]): YearValue {
  substitutions.push({ what, from: 0, to: ZERO_SUBSTITUTE, reason: `A ${what} of 0 has no growth rate; ${ZERO_SUBSTITUTE} is used instead (Statistics Canada / Open SDG zero substitution).` });
  return { year: point.year, value: ZERO_SUBSTITUTE };
}

/**
 * The Statistics Canada / Eurostat progress value P: the observed growth rate over the growth rate
 * the target requires, signed so that positive is progress in the desired direction,
 * `P = sign · d · CAGR_observed / |CAGR_required|` (d = +1 for `increase`, −1 for `decrease`;
 * sign = −1 when the baseline is negative, so that series of negative values read the right way).
 *
 * Without a target (`target` omitted or `null`) it is the signed observed rate `sign · d · CAGR`
 * (Open SDG's method 1). A baseline or target of 0 is replaced by 0.001 first.
 *
 * @param args - `baseline`, `current` and `target` as `{ year, value }`; `direction`.
 * @returns P as a fraction (1 = exactly on the required path), or `null` when not computable
 *   (current and baseline of different signs, no time elapsed, required rate 0).
 *
 * @example
 * ```ts
 * const baseline = { year: 2015, value: 50 };
 * growthRatio({ baseline, current: { year: 2020, value: 60 }, target: { year: 2030, value: 80 }, direction: 'increase' }); // 1.166752
 * const high = { year: 2015, value: 20 };
 * growthRatio({ baseline: high, current: { year: 2022, value: 15 }, target: { year: 2030, value: 5 }, direction: 'decrease' }); // 0.456112
 * growthRatio({ baseline: { year: 2015, value: 100 }, current: { year: 2020, value: 110 }, direction: 'increase' }); // 0.0192449
 * ```
 *
 * @category Scoring
 */
export function growthRatio(args: {
  readonly baseline: YearValue;
  readonly current: YearValue;
  readonly target?: YearValue | null;
  readonly direction: 'increase' | 'decrease';
}): number | null {
  const { baseline, target } = substituteZeros(args.baseline, args.target ?? null);
  const observed = cagr({ from: baseline.value, to: args.current.value, years: args.current.year - baseline.year });
  if (observed === null) return null;
  const required = target === null ? null : cagr({ from: baseline.value, to: target.value, years: target.year - baseline.year });
  return ratioOfRates({ observed, required, hasTarget: target !== null, baseline: baseline.value, direction: args.direction });
}

/**
 * {@link growthRatio} from the rates already taken after zero substitution, for callers that need
 * the rates themselves too (so that they are not taken twice).
 *
 * @param args - `observed`: the rate from baseline to current; `required`: the rate from baseline
 *   to target; `hasTarget`; `baseline`: the baseline value after substitution; `direction`.
 * @returns P, or `null` when not computable (as {@link growthRatio}).
 */
export function ratioOfRates(args: {
  readonly observed: number | null;
  readonly required: number | null;
  readonly hasTarget: boolean;
  readonly baseline: number;
  readonly direction: 'increase' | 'decrease';
}): number | null {
  const { observed, required } = args;
  if (observed === null) return null;
  const sign = args.baseline < 0 ? -1 : 1;
  const d = args.direction === 'decrease' ? -1 : 1;
  if (!args.hasTarget) return finite(sign * d * observed);
  if (required === null || required === 0) return null;
  return finite((sign * d * observed) / Math.abs(required));
}
