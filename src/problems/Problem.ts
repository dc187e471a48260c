/**
 * One element of a path into an input: an object key or an array index.
 *
 * @category Problems
 */
export type PathSegment = string | number;

/**
 * How serious a problem is: an `error` makes the input unusable, a `warning` is reported and the
 * input is used as it is.
 *
 * @category Problems
 */
export type Severity = 'error' | 'warning';

/**
 * One problem found in an input, with where it is, a stable code and a sentence that tells a
 * person how to fix it.
 *
 * @example
 * ```ts
 * const problem: Problem = {
 *   path: ['indicators', 3, 'targets', '2026'],
 *   code: 'TARGET_OUTSIDE_PLAN',
 *   message: 'Target period 2031 lies outside the plan period 2024–2028; move it inside the plan or widen the plan period.',
 *   severity: 'error',
 * };
 * ```
 *
 * @category Problems
 */
export interface Problem {
  /** Where the problem is, e.g. `["indicators", 3, "targets", "2026"]`; empty for the whole input. */
  readonly path: readonly PathSegment[];
  /** A stable, documented code such as `DUPLICATE_ID`; tools may switch on it. */
  readonly code: string;
  /** A sentence for a person: what is wrong and how to fix it. */
  readonly message: string;
  /** `error` or `warning`. */
  readonly severity: Severity;
}
