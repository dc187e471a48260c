/**
 * A value at a point in time, for the growth and projection primitives: `year` may be decimal
 * (a value of the full year 2020 stands at 2021.0 on the scoring time axis, but any consistent
 * axis works, such as plain years 2015 and 2030).
 *
 * @example
 * ```ts
 * const base: YearValue = { year: 2015, value: 50 };
 * base.value; // 50
 * ```
 *
 * @category Scoring
 */
export interface YearValue {
  /** The time, in (decimal) years. */
  readonly year: number;
  /** The value. */
  readonly value: number;
}
